import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { safeReturnPath } from '@portal/util';
import type { Request, Response } from 'express';
import { DomainError, ErrorCode } from '../http/domain-error';
import { OIDC_STRATEGY, OidcClientService } from './oidc-client.service';
import type { LoginOutcome } from './login-outcome';

/** Passport's OpenID Connect flow for the login and callback routes. */
@Injectable()
export class OidcAuthGuard extends AuthGuard(OIDC_STRATEGY) {
  constructor(private readonly oidc: OidcClientService) {
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
    if (error instanceof DomainError) throw error;
    if (error)
      throw new DomainError(
        ErrorCode.LoginProviderUnavailable,
        'Die Anmeldung konnte nicht abgeschlossen werden.',
      );
    if (!outcome)
      throw new DomainError(
        ErrorCode.LoginRejected,
        'Die Anmeldeanfrage ist ungültig oder abgelaufen. Bitte melden Sie sich erneut an.',
      );
    const state = (info as { state?: { returnTo?: unknown } } | undefined)?.state;
    const response = context.switchToHttp().getResponse<Response>();
    response.locals['returnTo'] = safeReturnPath(state?.returnTo);
    return outcome as T;
  }
}
