export * from './lib/event-calendar';
export * from './lib/event-card';
export * from './lib/event-dates';
export * from './lib/month-grid';
