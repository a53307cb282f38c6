import { FILE_SCAN_STATUSES } from '@portal/contracts';
import { DomainError } from '../../http/domain-error';
import { assertFileAvailable, toFileScanDto } from './file-availability';

const file = (scanStatus: (typeof FILE_SCAN_STATUSES)[number], scanDetail: string | null = null) => ({
  scanStatus,
  scanDetail,
  scannedAt: new Date('2026-11-25T10:00:00Z'),
});

function refusal(status: (typeof FILE_SCAN_STATUSES)[number], inspect: boolean, detail?: string) {
  try {
    assertFileAvailable(file(status, detail ?? null), inspect);
  } catch (error) {
    if (error instanceof DomainError) return { status: error.status, detail: error.detail };
    throw error;
  }
  return null;
}

describe('the download gate', () => {
  it('lets only clean files and files stored without a scanner through', () => {
    expect(FILE_SCAN_STATUSES.filter((status) => refusal(status, true) === null)).toEqual([
      'clean',
      'disabled',
    ]);
  });

  it('answers 409 while pending and 403 once blocked, with a German reason', () => {
    expect(refusal('pending', false)).toEqual({
      status: 409,
      detail: expect.stringMatching(/^Die Datei wird noch auf Schadsoftware geprüft/),
    });
    expect(refusal('infected', false, 'Eicar')?.status).toBe(403);
    expect(refusal('not_scanned', false)?.detail).toMatch(/nicht geprüft/);
    expect(refusal('failed', false)?.detail).toMatch(/fehlgeschlagen/);
  });

  it('names the finding only for people who may inspect files', () => {
    expect(refusal('infected', false, 'Eicar-Test-Signature')?.detail).not.toContain('Eicar');
    expect(refusal('infected', true, 'Eicar-Test-Signature')?.detail).toContain(
      'Befund: Eicar-Test-Signature.',
    );
    expect(toFileScanDto(file('infected', 'Eicar'), false)).toMatchObject({ detail: null, scannedAt: null });
    expect(toFileScanDto(file('infected', 'Eicar'), true)).toEqual({
      status: 'infected',
      label: 'Schadsoftware gefunden – gesperrt',
      available: false,
      detail: 'Eicar',
      scannedAt: '2026-11-25T10:00:00.000Z',
    });
  });
});
