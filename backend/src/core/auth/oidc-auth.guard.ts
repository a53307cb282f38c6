import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { safeReturnPath } from '@portal/util';
import type { Request, Response } from 'express';
import { AuditAction } from '@portal/contracts';
import { AuditLog } from '../audit/audit-log';
import { DomainError, ErrorCode } from '../http/domain-error';
import { OIDC_STRATEGY, OidcClientService } from './oidc-client.service';
import type { LoginOutcome } from './login-outcome';

/** Passport's OpenID Connect flow for the login and callback routes. */
@Injectable()
export class OidcAuthGuard extends AuthGuard(OIDC_STRATEGY) {
  constructor(
    private readonly oidc: OidcClientService,
    private readonly audit: AuditLog,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    await this.oidc.ensureStrategy();
    return (await super.canActivate(context)) as boolean;
  }

  /** The return path travels in the provider's `state`, so it survives the session regeneration. */
  override getAuthenticateOptions(context: ExecutionContext) {
    const request = context.switchToHttp().getRequest<Request>();
    return { session: false, state: { returnTo: safeReturnPath(request.query['returnTo']) } };
  }

  override handleRequest<T = LoginOutcome>(
    error: unknown,
    outcome: unknown,
    info: unknown,
    context: ExecutionContext,
  ): T {
    const failure =
      error instanceof DomainError
        ? error
        : error
          ? new DomainError(
              ErrorCode.LoginProviderUnavailable,
              'Die Anmeldung konnte nicht abgeschlossen werden.',
            )
          : !outcome
            ? new DomainError(
                ErrorCode.LoginRejected,
                'Die Anmeldeanfrage ist ungültig oder abgelaufen. Bitte melden Sie sich erneut an.',
              )
            : null;
    if (failure) {
      // Only the callback fails this way (the login route just redirects); the error page waits for nothing.
      void this.audit.recordSafely({
        action: AuditAction.SignInFailed,
        actor: { id: null, displayName: 'Unbekannt' },
        summary: `Anmeldung fehlgeschlagen: ${failure.message}`,
        details: { code: failure.code },
      });
      throw failure;
    }
    const state = (info as { state?: { returnTo?: unknown } } | undefined)?.state;
    const response = context.switchToHttp().getResponse<Response>();
    response.locals['returnTo'] = safeReturnPath(state?.returnTo);
    return outcome as T;
  }
}
