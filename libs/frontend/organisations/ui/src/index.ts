export * from './lib/external-url';
export * from './lib/organisation-contact';
export * from './lib/organisation-filter';
export * from './lib/organisation-labels';
export * from './lib/organisation-list';
export * from './lib/germany-map';
