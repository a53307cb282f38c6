export * from './lib/practice-card';
export * from './lib/text-diff-view';
