export * from './lib/practices.routes';
