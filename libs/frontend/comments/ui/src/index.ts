export * from './lib/comment-time';
export * from './lib/comment-item';
