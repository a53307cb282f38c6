export * from './lib/news-api';
