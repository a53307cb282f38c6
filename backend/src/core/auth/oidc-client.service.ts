import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Request } from 'express';
import { createRemoteJWKSet, jwtVerify, JWTPayload } from 'jose';
import passport from 'passport';
import { Strategy as OpenIdConnectStrategy, VerifyCallback } from 'passport-openidconnect';
import { FrontendRoutes } from '@portal/contracts';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { DomainError, ErrorCode } from '../http/domain-error';
import { UsersService } from '../../modules/users/users.service';
import { identityFromClaims } from './claims';
import { LoginOutcome } from './login-outcome';

export const OIDC_STRATEGY = 'oidc';
const DISCOVERY_TIMEOUT_MS = 5000;

interface DiscoveryDocument {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  userinfo_endpoint?: string;
  jwks_uri: string;
  end_session_endpoint?: string;
}

function isDiscoveryDocument(value: unknown): value is DiscoveryDocument {
  const doc = value as Partial<DiscoveryDocument> | null;
  return (
    !!doc &&
    typeof doc.issuer === 'string' &&
    typeof doc.authorization_endpoint === 'string' &&
    typeof doc.token_endpoint === 'string' &&
    typeof doc.jwks_uri === 'string'
  );
}

/**
 * The relying party. passport-openidconnect has no discovery and does not check the ID token's
 * signature, so this service fetches the provider's discovery document before each sign-in
 * (which also tells us early when the provider is down) and verifies the token against its JWKS.
 */
@Injectable()
export class OidcClientService {
  private readonly logger = new Logger(OidcClientService.name);
  private discovery: DiscoveryDocument | undefined;
  private jwks: ReturnType<typeof createRemoteJWKSet> | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
  ) {}

  get callbackUrl(): string {
    return new URL('/api/auth/callback', this.config.publicUrl).toString();
  }

  /** Registers the passport strategy with the provider's current endpoints. */
  async ensureStrategy(): Promise<void> {
    const document = await this.fetchDiscovery();
    if (this.discovery && JSON.stringify(this.discovery) === JSON.stringify(document)) return;
    this.discovery = document;
    this.jwks = createRemoteJWKSet(new URL(document.jwks_uri));
    passport.use(OIDC_STRATEGY, this.createStrategy(document));
  }

  /** Where the browser goes to end the session at the provider too (RP-initiated logout). */
  endSessionUrl(): string {
    const postLogout = new URL(FrontendRoutes.signedOut, this.config.publicUrl).toString();
    if (!this.discovery?.end_session_endpoint) return postLogout;
    const url = new URL(this.discovery.end_session_endpoint);
    url.searchParams.set('client_id', this.config.oidc.clientId);
    url.searchParams.set('post_logout_redirect_uri', postLogout);
    return url.toString();
  }

  private async fetchDiscovery(): Promise<DiscoveryDocument> {
    const url = `${this.config.oidc.issuer}/.well-known/openid-configuration`;
    let document: unknown;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(DISCOVERY_TIMEOUT_MS) });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      document = await response.json();
    } catch (error) {
      this.logger.warn({ err: error, url }, 'OpenID provider not reachable');
      throw new DomainError(
        ErrorCode.LoginProviderUnavailable,
        'Bitte versuchen Sie es in einigen Minuten erneut.',
      );
    }
    if (!isDiscoveryDocument(document) || document.issuer.replace(/\/$/, '') !== this.config.oidc.issuer) {
      this.logger.error({ url }, 'Discovery document invalid or issued for another issuer');
      throw new DomainError(ErrorCode.LoginProviderUnavailable, 'Der Anmeldedienst ist falsch konfiguriert.');
    }
    return document;
  }

  private createStrategy(document: DiscoveryDocument): OpenIdConnectStrategy {
    const { oidc } = this.config;
    return new OpenIdConnectStrategy(
      {
        issuer: document.issuer,
        authorizationURL: document.authorization_endpoint,
        tokenURL: document.token_endpoint,
        userInfoURL: document.userinfo_endpoint ?? '',
        clientID: oidc.clientId,
        clientSecret: oidc.clientSecret,
        callbackURL: this.callbackUrl,
        // The strategy always adds `openid`.
        scope: ['profile', 'email'],
        nonce: 'true',
        passReqToCallback: true,
        skipUserProfile: !document.userinfo_endpoint,
      },
      // The strategy picks the callback by its arity: ten parameters give us the raw ID token.
      (
        _request: Request,
        _issuer: string,
        userinfo: object,
        _idProfile: object,
        _context: object,
        idToken: string | object,
        _accessToken: string | object,
        _refreshToken: string,
        _params: unknown,
        done: VerifyCallback,
      ) => {
        const userinfoClaims = (userinfo as { _json?: Record<string, unknown> } | undefined)?._json ?? {};
        this.signIn(String(idToken), userinfoClaims).then(
          (outcome) => done(null, outcome as unknown as Express.User),
          (error: unknown) => done(error instanceof Error ? error : new Error(String(error))),
        );
      },
    );
  }

  private async signIn(idToken: string, userinfo: Record<string, unknown>): Promise<LoginOutcome> {
    const claims = await this.verifyIdToken(idToken);
    // Claims from the signed ID token win over userinfo.
    const identity = identityFromClaims({ ...userinfo, ...claims }, this.config.oidc);
    return this.users.signIn(identity);
  }

  private async verifyIdToken(idToken: string): Promise<JWTPayload> {
    if (!this.jwks || !this.discovery) throw new DomainError(ErrorCode.LoginRejected);
    try {
      const { payload } = await jwtVerify(idToken, this.jwks, {
        issuer: this.discovery.issuer,
        audience: this.config.oidc.clientId,
        clockTolerance: 30,
      });
      return payload;
    } catch (error) {
      this.logger.warn({ err: error }, 'ID token signature or claims invalid');
      throw new DomainError(ErrorCode.LoginRejected, 'Das Anmelde-Token ist ungültig.');
    }
  }
}
