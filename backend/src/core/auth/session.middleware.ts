import type { RequestHandler } from 'express';
import session from 'express-session';
import passport from 'passport';
import type { AppConfig } from '../../config/app-config';
import { PgSessionStore } from './pg-session.store';
import type { SessionUser } from './session-user';

/** Distinct from the local OpenID provider's cookies: cookies ignore ports. */
export const SESSION_COOKIE = 'portal.sid';

passport.serializeUser((user, done) => done(null, user));
passport.deserializeUser((user: SessionUser, done) => done(null, user));

/** express-session on PostgreSQL, then passport reading the user from the session (no query). */
export function sessionMiddleware(config: AppConfig, store: PgSessionStore): RequestHandler[] {
  const secure = config.publicUrl.protocol === 'https:';
  return [
    session({
      name: SESSION_COOKIE,
      secret: config.sessionSecret,
      store,
      resave: false,
      saveUninitialized: false,
      rolling: false,
      proxy: secure,
      cookie: {
        httpOnly: true,
        sameSite: 'lax',
        secure,
        path: '/',
        maxAge: config.sessionAbsoluteHours * 3_600_000,
      },
    }),
    passport.initialize(),
    passport.session(),
  ];
}
