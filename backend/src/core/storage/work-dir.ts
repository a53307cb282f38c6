import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Parent of every scratch directory of file processing (previews, text extraction, the kit's
 * rasterising): a process killed mid-job never removes its directory, and with one parent the
 * StagingJanitor finds them all.
 */
export const WORK_ROOT = join(tmpdir(), 'portal-work');

export async function makeWorkDir(kind: 'preview' | 'extract' | 'kit'): Promise<string> {
  await mkdir(WORK_ROOT, { recursive: true });
  return mkdtemp(join(WORK_ROOT, `${kind}-`));
}
