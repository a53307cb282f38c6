import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { GrantRoleOverrideRequest } from '@portal/contracts';
import { ALL_ROLES, Role, ROLE_OVERRIDE_LIMITS } from '@portal/contracts';

export class GrantRoleOverrideBody implements GrantRoleOverrideRequest {
  @IsIn(ALL_ROLES)
  role!: Role;

  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @IsNotEmpty({ message: 'Bitte geben Sie einen Grund an.' })
  @MaxLength(ROLE_OVERRIDE_LIMITS.reason)
  reason!: string;

  @IsISO8601({ strict: true })
  expiresAt!: string;
}
