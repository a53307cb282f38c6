import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { API_PREFIX } from '@portal/contracts';
import type { NextFunction, Request, Response } from 'express';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import type { AppConfig } from './config/app-config';
import { PgSessionStore } from './core/auth/pg-session.store';
import { SessionCache } from './core/auth/session-cache';
import { sessionMiddleware } from './core/auth/session.middleware';
import { PreparedReads } from './core/database/prepared-reads';
import { csrfProtection } from './core/http/csrf';
import { DomainError, ErrorCode } from './core/http/domain-error';
import { securityHeaders } from './core/http/security-headers';
import { rateLimit } from './core/http/rate-limit';
import { requestId } from './core/http/request-id';
import { createValidationPipe } from './core/http/validation';
import { requestContext } from './core/http/request-context';
import { Metrics } from './core/operations/metrics';
import { requestMetrics } from './core/operations/request-metrics';
import { spaHandlers } from './core/web/spa';
import { ActivityRecorder } from './modules/network-overview/activity-recorder';

const SESSION_PRUNE_INTERVAL_MS = 15 * 60_000;

/** Everything between Express and the controllers, shared by main.ts and the integration tests. */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.useLogger(app.get(Logger));
  app.use(requestId());
  app.use(requestMetrics(app.get(Metrics), config.operations.instanceId));
  app.disable('x-powered-by');
  app.set('trust proxy', config.publicUrl.protocol === 'https:' ? 1 : false);
  app.set('query parser', 'simple');
  // API answers are `no-store`, so an ETag hashed over every JSON body is never used; files and
  // previews set their own validators (SHA-256 of the content).
  app.set('etag', false);
  app.use(requestContext());
  app.useBodyParser('json', { limit: '1mb' });
  app.useBodyParser('urlencoded', { limit: '100kb', extended: false });

  const store = new PgSessionStore(app.get(DataSource), app.get(PreparedReads), app.get(SessionCache), {
    idleMs: config.sessionIdleMinutes * 60_000,
    absoluteMs: config.sessionAbsoluteHours * 3_600_000,
  });
  const pruning = setInterval(() => store.pruneExpired().catch(() => undefined), SESSION_PRUNE_INTERVAL_MS);
  pruning.unref();

  app.use(securityHeaders(config.publicUrl.protocol === 'https:'));
  // The built app's files need no session: served before the session store is read.
  const spa = spaHandlers(config.frontendDir);
  if (spa) app.use(spa.files);
  app.use(`/${API_PREFIX}`, (_request: Request, response: Response, next: NextFunction) => {
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use(...sessionMiddleware(config, store));
  app.use(`/${API_PREFIX}`, app.get(ActivityRecorder).middleware);
  app.use(
    csrfProtection({ secure: config.publicUrl.protocol === 'https:', publicOrigin: config.publicUrl.origin }),
  );
  // Sign-in: start and callback count alike, so one sign-in is two hits.
  const signInLimit = rateLimit(config.rateLimits.signInPerMinute);
  app.use([`/${API_PREFIX}/auth/login`, `/${API_PREFIX}/auth/callback`], signInLimit);
  app.use(`/${API_PREFIX}/search`, rateLimit(config.rateLimits.searchPerMinute));
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());

  // The API description is for signed-in developers of the network, not for the public.
  app.use(`/${API_PREFIX}/docs`, (request: Request, _response: Response, next: NextFunction) =>
    next(request.user ? undefined : new DomainError(ErrorCode.NotAuthenticated)),
  );
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Netzwerk-Portal der kommunalen Jobcenter')
      .setDescription(
        'API des Portals. Authentifizierung über die Sitzung (Cookie) nach Anmeldung per OpenID Connect.',
      )
      .setVersion('1')
      .addCookieAuth('portal.sid')
      .build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document, {
    jsonDocumentUrl: `${API_PREFIX}/docs/openapi.json`,
  });

  if (spa) app.use(spa.index);
  app.enableShutdownHooks();
}
