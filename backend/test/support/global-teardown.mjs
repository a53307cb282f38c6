import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
  const stack = globalThis.__PORTAL_TEST_STACK__;
  if (!stack) return;
  await stack.provider.close();
  await stack.mail.close();
  // A no-op when outage.int-spec.ts has already taken the cluster over with pg_ctl and stopped it.
  await stack.outage.stop();
  await stack.postgres.stop();
  await rm(stack.root, { recursive: true, force: true });
}
