import type { IncomingMessage, ServerResponse } from 'node:http';
import { redactFeedToken } from '../../modules/feeds/feed-token';

/**
 * What the access log says about a request: enough to follow it (request id, method, path,
 * address), nothing more — no headers, no cookies, no feed tokens (DSGVO: logs keep what they
 * need). Written from the raw request: serialising every header first and dropping it later
 * was a measurable part of each request's CPU time at the default level `info`.
 */
export function requestForLog(request: IncomingMessage & { id?: unknown; originalUrl?: string }) {
  const url = request.originalUrl ?? request.url ?? '';
  return {
    id: request.id,
    method: request.method,
    url: redactFeedToken(url),
    remoteAddress: request.socket?.remoteAddress,
  };
}

export function responseForLog(response: ServerResponse) {
  return { statusCode: response.statusCode };
}
