import type { NextFunction, Request, Response } from 'express';
import { DomainError, ErrorCode } from './domain-error';
import { RateCounter, rateLimit } from './rate-limit';

describe('RateCounter', () => {
  it('allows the limit per minute and key, then asks to wait until the window ends', () => {
    let now = 1_000_000;
    const counter = new RateCounter(3, () => now);
    expect([counter.hit('a'), counter.hit('a'), counter.hit('a')]).toEqual([null, null, null]);
    expect(counter.hit('b')).toBeNull();
    now += 20_000;
    expect(counter.hit('a')).toBe(40);
    now += 40_000;
    expect(counter.hit('a')).toBeNull();
  });
});

describe('rateLimit', () => {
  function call(handler: ReturnType<typeof rateLimit>, request: Partial<Request>) {
    const headers: Record<string, string> = {};
    const response = { setHeader: (name: string, value: string) => (headers[name] = value) };
    let error: unknown = 'not called';
    handler(
      request as Request,
      response as unknown as Response,
      ((value?: unknown) => {
        error = value;
      }) as NextFunction,
    );
    return { error, headers };
  }

  it('keys by the signed-in person, else by address, and answers 429 with Retry-After', () => {
    const handler = rateLimit(1, () => 5_000);
    expect(call(handler, { user: { id: 'u1' } as never, ip: '10.0.0.1' }).error).toBeUndefined();
    expect(call(handler, { ip: '10.0.0.1' }).error).toBeUndefined();
    const blocked = call(handler, { user: { id: 'u1' } as never, ip: '10.0.0.2' });
    expect(blocked.error).toBeInstanceOf(DomainError);
    expect((blocked.error as DomainError).code).toBe(ErrorCode.TooManyRequests);
    expect(blocked.headers['Retry-After']).toBe('60');
  });

  it('is off at 0', () => {
    const handler = rateLimit(0);
    for (let i = 0; i < 5; i++) expect(call(handler, { ip: '10.0.0.1' }).error).toBeUndefined();
  });
});
