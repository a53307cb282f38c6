export * from './lib/news-card';
export * from './lib/news-filter';
export * from './lib/acknowledgement-table';
export * from './lib/markdown-toolbar';
export * from './lib/news-feed';
