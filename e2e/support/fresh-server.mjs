// The e2e stack: `npm start` on an empty data directory, so every run begins with the seed only.
import { rm } from 'node:fs/promises';

await rm(process.env.DATA_DIR ?? '.data/e2e', { recursive: true, force: true });
await import('../../tools/start.mjs');
