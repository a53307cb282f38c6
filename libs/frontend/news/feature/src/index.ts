export * from './lib/news.routes';
