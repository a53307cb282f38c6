import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
  const stack = globalThis.__PORTAL_TEST_STACK__;
  if (!stack) return;
  await stack.provider.close();
  // The outage cluster was restarted by pg_ctl (outage.int-spec.ts), which also stops it.
  await stack.postgres.stop();
  await rm(stack.root, { recursive: true, force: true });
}
