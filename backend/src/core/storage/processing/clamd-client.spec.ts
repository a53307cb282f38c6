import { ClamdUnavailable, parseClamdReply } from './clamd-client';

describe('parseClamdReply', () => {
  it('reads clean, infected and over-limit verdicts', () => {
    expect(parseClamdReply('stream: OK\0')).toEqual({ kind: 'clean' });
    expect(parseClamdReply('stream: Win.Test.EICAR_HDB-1 FOUND\0')).toEqual({
      kind: 'infected',
      signature: 'Win.Test.EICAR_HDB-1',
    });
    // With AlertExceedsMax, limits are findings — but they mean „not scanned“, not „infected“.
    expect(parseClamdReply('stream: Heuristics.Limits.Exceeded.MaxFileSize FOUND\0')).toEqual({
      kind: 'limit-exceeded',
      detail: 'Heuristics.Limits.Exceeded.MaxFileSize',
    });
    expect(parseClamdReply('INSTREAM size limit exceeded. ERROR\0')).toEqual({
      kind: 'limit-exceeded',
      detail: 'INSTREAM size limit exceeded. ERROR',
    });
  });

  it('treats anything else as the scanner failing (to be retried), never as clean', () => {
    for (const reply of ['', "stream: Can't allocate memory ERROR", 'UNKNOWN COMMAND', 'stream: OKAY'])
      expect(() => parseClamdReply(reply)).toThrow(ClamdUnavailable);
  });
});
