import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** What code deep in a request (e.g. the audit log) may know about it without passing it along. */
export interface RequestContext {
  requestId: string | null;
  /** The client's address as Express sees it (behind a proxy: per `trust proxy`). */
  ipAddress: string | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** After `requestId()`: every handler of the request runs inside its context. */
export function requestContext(): RequestHandler {
  return (request: Request, _response: Response, next: NextFunction) => {
    const context: RequestContext = {
      requestId: (request as Request & { id?: string }).id ?? null,
      ipAddress: request.ip ?? request.socket.remoteAddress ?? null,
    };
    storage.run(context, () => next());
  };
}

/** The current request's context; null in jobs and at start-up. */
export function currentRequest(): RequestContext | null {
  return storage.getStore() ?? null;
}
