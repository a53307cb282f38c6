import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

const WELL_FORMED = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * First middleware of all, so that even errors of the body parser or the CSRF check carry the
 * id. A proxy's id is reused when well-formed, so logs line up across hops.
 */
export function requestId(): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const incoming = request.headers['x-request-id'];
    const id = typeof incoming === 'string' && WELL_FORMED.test(incoming) ? incoming : randomUUID();
    (request as Request & { id: string }).id = id;
    response.setHeader('X-Request-Id', id);
    next();
  };
}
