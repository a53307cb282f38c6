import { SetMetadata } from '@nestjs/common';
import type { Permission } from '@portal/contracts';

export const REQUIRED_PERMISSION = 'portal:requiredPermission';

/** The permission a route needs; routes without it (and without @Public) are refused. */
export const RequirePermission = (permission: Permission): MethodDecorator & ClassDecorator =>
  SetMetadata(REQUIRED_PERMISSION, permission);
