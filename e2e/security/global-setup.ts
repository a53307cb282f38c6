import { mkdir } from 'node:fs/promises';
import { SIGNED_IN_LOGINS, signInContext, STATE_DIR, stateFile } from './support';

/** Signs every demo account in once; the specs reuse the saved sessions. */
export default async function globalSetup(): Promise<void> {
  await mkdir(STATE_DIR, { recursive: true });
  for (const login of SIGNED_IN_LOGINS) {
    const context = await signInContext(login);
    await context.storageState({ path: stateFile(login) });
    await context.dispose();
  }
}
