import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { CSRF_COOKIE, csrfCookieOptions, newCsrfToken } from '../http/csrf';
import { SESSION_COOKIE } from './session.middleware';
import type { SessionUser } from './session-user';

@Injectable()
export class AuthSessionService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** Signs the user in on a fresh session id (passport regenerates it: no session fixation). */
  async startSession(request: Request, user: SessionUser): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      request.logIn(user, { session: true, keepSessionInfo: false }, (error) =>
        error ? reject(error) : resolve(),
      ),
    );
    request.session.signedInAt = Date.now();
    request.session.csrfToken = newCsrfToken();
    await new Promise<void>((resolve, reject) =>
      request.session.save((error) => (error ? reject(error) : resolve())),
    );
  }

  async endSession(request: Request, response: Response): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      request.session.destroy((error) => (error ? reject(error) : resolve())),
    );
    request.user = undefined;
    const secure = this.config.publicUrl.protocol === 'https:';
    response.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure });
    response.clearCookie(CSRF_COOKIE, csrfCookieOptions(secure));
  }
}
