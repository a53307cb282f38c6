import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { hasPermission, Permission } from '@portal/contracts';
import type { Request } from 'express';
import { DomainError, ErrorCode } from '../http/domain-error';
import { IS_PUBLIC } from './public.decorator';
import { REQUIRED_PERMISSION } from './require-permission.decorator';
import type { SessionUser } from '../auth/session-user';
import { Clock } from '../clock/clock';
import { withEffectiveRoles } from './effective-roles';

/**
 * Global guard, deny by default: a route is reachable only when it is @Public or names the
 * permission it needs and the signed-in user's roles grant it.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly clock: Clock,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    // Role overrides count until their end, measured now (no job, no new sign-in).
    if (request.user) request.user = withEffectiveRoles(request.user as SessionUser, this.clock.now());
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const user = request.user as SessionUser | undefined;
    if (!user) throw new DomainError(ErrorCode.NotAuthenticated);

    const permission = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRED_PERMISSION, targets);
    if (!permission || !hasPermission(user.roles, permission)) throw new DomainError(ErrorCode.Forbidden);
    return true;
  }
}
