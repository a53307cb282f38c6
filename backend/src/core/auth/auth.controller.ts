import { Controller, Get, HttpCode, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiPaths, AuditAction, FrontendRoutes, LogoutResponseDto, Permission } from '@portal/contracts';
import type { Request, Response } from 'express';
import { AuditLog } from '../audit/audit-log';
import { Public } from '../authz/public.decorator';
import { RequirePermission } from '../authz/require-permission.decorator';
import { AuthSessionService } from './auth-session.service';
import type { LoginOutcome } from './login-outcome';
import type { SessionUser } from './session-user';
import { OidcAuthGuard } from './oidc-auth.guard';
import { OidcClientService } from './oidc-client.service';

@Controller(ApiPaths.auth.root)
export class AuthController {
  constructor(
    private readonly oidc: OidcClientService,
    private readonly sessions: AuthSessionService,
    private readonly audit: AuditLog,
  ) {}

  /** Redirects to the provider; the guard does the work. */
  @Public()
  @Get(ApiPaths.auth.login)
  @UseGuards(OidcAuthGuard)
  login(): void {
    // Not reached: passport answers with the redirect.
  }

  @Public()
  @Get(ApiPaths.auth.callback)
  @UseGuards(OidcAuthGuard)
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    const outcome = request.user as unknown as LoginOutcome;
    if (outcome.kind === 'no-role') {
      await this.audit.recordSafely({
        action: AuditAction.SignInFailed,
        actor: { id: null, displayName: outcome.displayName },
        summary: 'Anmeldung abgelehnt: keine Rolle im Portal',
        details: { reason: 'no-role' },
      });
      // Drop the pre-login session too: a person without a role keeps nothing here.
      await this.sessions.endSession(request, response);
      response.redirect(303, FrontendRoutes.noAccess);
      return;
    }
    await this.sessions.startSession(request, outcome.user);
    await this.audit.recordSafely({
      action: AuditAction.SignedIn,
      actor: outcome.user,
      target: { type: 'user', id: outcome.user.id },
      summary: 'Angemeldet',
    });
    response.redirect(303, String(response.locals['returnTo'] ?? FrontendRoutes.start));
  }

  /** Ends the local session; the browser then ends the provider's session (RP-initiated logout). */
  @Post(ApiPaths.auth.logout)
  @HttpCode(200)
  @RequirePermission(Permission.ProfileRead)
  async logout(
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<LogoutResponseDto> {
    const user = request.user as SessionUser | undefined;
    if (user) {
      await this.audit.recordSafely({
        action: AuditAction.SignedOut,
        actor: user,
        target: { type: 'user', id: user.id },
        summary: 'Abgemeldet',
      });
    }
    await this.sessions.endSession(request, response);
    return { logoutUrl: this.oidc.endSessionUrl() };
  }
}
