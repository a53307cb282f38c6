import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  COMMENT_TARGET_TYPES,
  CONTENT_REPORT_LIMITS,
  ContentReportStatus,
  CreateContentReportRequest,
  ResolveContentReportRequest,
} from '@portal/contracts';
import { KeysetPageParams } from '../../core/http/keyset-page.query';

const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export class CreateContentReportBody implements CreateContentReportRequest {
  @IsIn(COMMENT_TARGET_TYPES)
  targetType!: string;

  @IsUUID()
  targetId!: string;

  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(CONTENT_REPORT_LIMITS.reason)
  reason!: string;
}

export class ResolveContentReportBody implements ResolveContentReportRequest {
  @IsOptional()
  @trim
  @IsString()
  @MaxLength(CONTENT_REPORT_LIMITS.reason)
  resolution?: string;
}

export class ContentReportListParams extends KeysetPageParams {
  @IsOptional()
  @IsIn(Object.values(ContentReportStatus))
  status?: ContentReportStatus;
}
