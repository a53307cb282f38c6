export * from './lib/comments-api';
export * from './lib/mention-draft';
