import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
  const stack = globalThis.__PORTAL_TEST_STACK__;
  if (!stack) return;
  await stack.provider.close();
  await stack.outage.stop().catch(() => undefined);
  await stack.postgres.stop();
  await rm(stack.root, { recursive: true, force: true });
}
