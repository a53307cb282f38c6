import { isDatabaseUnavailable } from './database-errors';

describe('isDatabaseUnavailable', () => {
  it('recognises a transaction whose connection broke (TypeORM released its query runner)', () => {
    const error = new Error('Query runner already released. Cannot run queries anymore.');
    error.name = 'QueryRunnerAlreadyReleasedError';
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('recognises shutdown SQLSTATEs and refused connections, not ordinary errors', () => {
    expect(isDatabaseUnavailable({ code: '57P01' })).toBe(true);
    expect(isDatabaseUnavailable({ driverError: { code: 'ECONNREFUSED' } })).toBe(true);
    expect(isDatabaseUnavailable({ code: '23505' })).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
  });
});
