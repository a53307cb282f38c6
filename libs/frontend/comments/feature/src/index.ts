export * from './lib/comment-thread';
