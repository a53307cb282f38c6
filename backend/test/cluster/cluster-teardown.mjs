import { rm } from 'node:fs/promises';

export default async function clusterTeardown() {
  const stack = globalThis.__PORTAL_CLUSTER__;
  if (!stack) return;
  await stack.provider.close();
  await stack.mail.close();
  await stack.postgres.stop();
  await rm(stack.root, { recursive: true, force: true });
}
