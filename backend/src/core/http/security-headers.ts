import { randomBytes } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

type Directives = NonNullable<
  Exclude<
    NonNullable<Parameters<typeof helmet>[0]>['contentSecurityPolicy'],
    boolean | undefined
  >['directives']
>;

/** Strict CSP: no inline scripts, no third-party origins, nothing may frame the portal. */
function helmetFor(https: boolean, styleSrc: Directives[string]): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc,
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https && { upgradeInsecureRequests: [] }),
      },
    },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
}

/** The headers a middleware sets when nothing in them depends on the request: computed once. */
function fixedHeaders(middleware: RequestHandler): [string, string][] {
  const headers: [string, string][] = [];
  const recorder = {
    setHeader: (name: string, value: unknown) => headers.push([name, String(value)]),
    removeHeader: () => undefined,
  };
  middleware({} as Request, recorder as unknown as Response, () => undefined);
  return headers;
}

/** Browsers may not use camera, microphone, geolocation and the like on the portal. */
const PERMISSIONS_POLICY: [string, string] = [
  'Permissions-Policy',
  'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
];

/**
 * Security headers on every response. Pages (and the sign-in routes, which may answer with an
 * error page) get a fresh style nonce per response — Angular's component styles carry it
 * (ngCspNonce). JSON answers of the API render nothing: they get the same policy without the
 * nonce, from headers computed once (helmet per request was ~4 % of a feed request's CPU time).
 */
export function securityHeaders(https: boolean): RequestHandler {
  const pageHeaders = helmetFor(https, [
    "'self'",
    (_request, response) => `'nonce-${(response as Response).locals['cspNonce']}'`,
  ]);
  const apiHeaders = [...fixedHeaders(helmetFor(https, ["'self'"])), PERMISSIONS_POLICY];
  return (request: Request, response: Response, next: NextFunction) => {
    const path = request.path;
    if (path.startsWith('/api/') && !path.startsWith('/api/auth/')) {
      for (const [name, value] of apiHeaders) response.setHeader(name, value);
      response.removeHeader('X-Powered-By');
      return next();
    }
    response.locals['cspNonce'] = randomBytes(16).toString('base64');
    response.setHeader(...PERMISSIONS_POLICY);
    pageHeaders(request, response, next);
  };
}
