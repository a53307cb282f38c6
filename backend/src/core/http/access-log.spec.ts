import type { IncomingMessage, ServerResponse } from 'node:http';
import { newFeedToken } from '../../modules/feeds/feed-token';
import { requestForLog, responseForLog } from './access-log';

const request = (fields: Record<string, unknown>) => fields as unknown as IncomingMessage;

describe('access log', () => {
  it('keeps feed tokens, cookies and other headers out of the log', () => {
    const token = newFeedToken();
    const logged = requestForLog(
      request({
        id: 'r-1',
        method: 'GET',
        url: `/feeds/${token}/termine.ics`,
        originalUrl: `/api/feeds/${token}/termine.ics`,
        headers: { cookie: 'portal.sid=secret', authorization: 'Bearer secret' },
        socket: { remoteAddress: '10.0.0.7' },
      }),
    );
    expect(logged).toEqual({
      id: 'r-1',
      method: 'GET',
      url: '/api/feeds/[redacted]/termine.ics',
      remoteAddress: '10.0.0.7',
    });
    expect(JSON.stringify(logged)).not.toMatch(new RegExp(`${token}|secret`));
    expect(requestForLog(request({ method: 'GET', url: '/api/news?limit=5' })).url).toBe('/api/news?limit=5');
  });

  it('logs only the status of a response', () => {
    const response = {
      statusCode: 201,
      getHeaders: () => ({ 'set-cookie': 'x' }),
    } as unknown as ServerResponse;
    expect(responseForLog(response)).toEqual({ statusCode: 201 });
  });
});
