// The local OpenID provider in a child process that the parent can take offline and back
// (`fork()` + messages), for tests of a provider outage. Jest's CommonJS test files cannot load
// the ESM-only oidc-provider themselves.
import { startDevOidcProvider } from '../../../tools/oidc-provider/dev-oidc-provider.mjs';

const ignore = () => undefined;
const provider = await startDevOidcProvider({
  port: 0,
  clients: JSON.parse(process.env.OIDC_CHILD_CLIENTS ?? '[]'),
  logger: { info: ignore, warn: ignore, error: ignore, log: ignore },
});
process.on('message', async (command) => {
  if (command === 'close') await provider.close();
  if (command === 'reopen') await provider.reopen();
  process.send?.({ done: command });
});
process.on('disconnect', () => process.exit(0));
process.send?.({ issuer: provider.issuer });
