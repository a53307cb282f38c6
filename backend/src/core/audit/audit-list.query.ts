import { IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { AUDIT_ACTIONS, AuditAction, AuditListQuery } from '@portal/contracts';
import { KeysetPageParams } from '../http/keyset-page.query';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'Bitte ein Datum im Format JJJJ-MM-TT angeben.';

export class AuditListParams extends KeysetPageParams implements AuditListQuery {
  @IsOptional()
  @IsIn(AUDIT_ACTIONS, { message: 'Unbekannte Aktion.' })
  action?: AuditAction;

  @IsOptional()
  @IsUUID('all', { message: 'Ungültige Kennung einer Person.' })
  actorId?: string;

  @IsOptional()
  @Matches(ISO_DATE, { message: DATE_MESSAGE })
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE })
  from?: string;

  @IsOptional()
  @Matches(ISO_DATE, { message: DATE_MESSAGE })
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE })
  to?: string;
}
