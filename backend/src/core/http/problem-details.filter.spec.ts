import type { ArgumentsHost } from '@nestjs/common';
import { ProblemDetailsFilter } from './problem-details.filter';

function answer(error: unknown): { status: number; headers: Record<string, string>; body: string } {
  const sent = { status: 0, headers: {} as Record<string, string>, body: '' };
  const response = {
    headersSent: false,
    locals: {},
    setHeader: (name: string, value: string) => (sent.headers[name] = value),
    status(code: number) {
      sent.status = code;
      return this;
    },
    type() {
      return this;
    },
    send(body: string) {
      sent.body = body;
      return this;
    },
  };
  const request = { method: 'PUT', path: '/api/campaigns/x', originalUrl: '/api/campaigns/x', id: 'r-1' };
  const host = {
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }),
  } as unknown as ArgumentsHost;
  new ProblemDetailsFilter().catch(error, host);
  return sent;
}

describe('ProblemDetailsFilter', () => {
  it('answers a deadlock or serialization failure with 503 and Retry-After, never 500', () => {
    for (const code of ['40P01', '40001']) {
      const sent = answer(Object.assign(new Error('deadlock detected'), { code }));
      expect(sent.status).toBe(503);
      expect(sent.headers['Retry-After']).toBe('5');
      expect(JSON.parse(sent.body).detail).toContain('gleichzeitige Änderung');
    }
  });

  it('still answers an unknown error with 500', () => {
    expect(answer(new Error('boom')).status).toBe(500);
  });
});
