import type { NextFunction, Request, Response } from 'express';
import cluster from 'node:cluster';
import type { Metrics } from './metrics';

/**
 * Times every request and counts it under its route template (`/api/news/:id`, never the raw
 * path, so the number of series stays bounded). Requests no controller matched count as
 * `unmatched` (static files, the SPA, 404s). With INSTANCE_ID set, answers carry `X-Instance`
 * (with WEB_CONCURRENCY > 1 followed by the answering process's number, e.g. `backend-b.2`).
 */
export function requestMetrics(metrics: Metrics, configuredId: string | null) {
  const instanceId = configuredId && cluster.worker ? `${configuredId}.${cluster.worker.id}` : configuredId;
  return (request: Request, response: Response, next: NextFunction): void => {
    const start = process.hrtime.bigint();
    if (instanceId) response.setHeader('X-Instance', instanceId);
    response.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      const route = (request.route as { path?: unknown } | undefined)?.path;
      metrics.recordRequest(
        request.method,
        typeof route === 'string' ? route : 'unmatched',
        response.statusCode,
        seconds,
      );
    });
    next();
  };
}
