import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppConfig } from '../../config/app-config';
import type { FileStorage } from './file-storage';
import { StagingJanitor } from './staging-janitor';

describe('StagingJanitor', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'portal-janitor-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  function janitor(orphanMs: number): StagingJanitor {
    const config = { operations: { stagingOrphanMs: orphanMs } } as AppConfig;
    return new StagingJanitor(config, { stagingDir: () => dir } as FileStorage);
  }

  it('removes staged files nobody wrote to for the orphan age, keeps fresh ones and directories', async () => {
    const old = join(dir, 'crashed.upload');
    await writeFile(old, 'half');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await utimes(old, anHourAgo, anHourAgo);
    await writeFile(join(dir, 'running.upload'), 'still arriving');
    await mkdir(join(dir, 'sub'));

    expect(await janitor(900_000).sweep()).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(['running.upload', 'sub']);
  });

  it('does nothing when the staging directory does not exist yet', async () => {
    await rm(dir, { recursive: true });
    expect(await janitor(1).sweep()).toBe(0);
  });

  it('removes processing directories a killed job left behind, keeps those a running job writes to', async () => {
    const crashed = join(dir, 'preview-crashed');
    const running = join(dir, 'preview-running');
    await mkdir(crashed);
    await writeFile(join(crashed, 'source'), 'half');
    await mkdir(running);
    await writeFile(join(running, 'source'), 'whole');
    const anHourAgo = new Date(Date.now() - 3_600_000);
    for (const path of [crashed, join(crashed, 'source'), running]) await utimes(path, anHourAgo, anHourAgo);

    expect(await janitor(900_000).sweepWorkDirs(dir)).toBe(1);
    expect(await readdir(dir)).toEqual(['preview-running']);
  });

  it('does nothing when no processing directory was made yet', async () => {
    await rm(dir, { recursive: true });
    expect(await janitor(1).sweepWorkDirs(dir)).toBe(0);
  });
});
