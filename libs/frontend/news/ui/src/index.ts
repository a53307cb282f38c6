export * from './lib/news-card';
