import { Body, Controller, Get, HttpCode, Injectable, Post } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type {
  CampaignTagListDto,
  RenameCampaignTagRequest,
  RenameCampaignTagResultDto,
} from '@portal/contracts';
import { ApiPaths, ASSET_LIMITS, AuditAction, Permission } from '@portal/contracts';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../core/audit/audit-log';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { DomainError, ErrorCode } from '../../core/http/domain-error';

const trim = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

export class RenameCampaignTagBody implements RenameCampaignTagRequest {
  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(ASSET_LIMITS.tag)
  from!: string;

  @trim
  @IsString()
  @IsNotEmpty()
  @MaxLength(ASSET_LIMITS.tag)
  to!: string;
}

/**
 * The free tags of campaign material as one more vocabulary on the taxonomies page. Raw SQL:
 * a rename is housekeeping, not an edit of the asset, so its version (optimistic lock) stays.
 */
@Injectable()
export class CampaignTagsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
  ) {}

  async list(): Promise<CampaignTagListDto> {
    const rows: { tag: string; assets: number }[] = await this.dataSource.query(
      `SELECT tag, count(*)::int AS assets FROM campaign_assets, unnest(tags) AS tag
        GROUP BY tag ORDER BY lower(tag), tag`,
    );
    return { items: rows };
  }

  /** Renames on every asset in one transaction; an asset that had both keeps one, in the first place. */
  async rename(actor: SessionUser, body: RenameCampaignTagBody): Promise<RenameCampaignTagResultDto> {
    if (body.from === body.to) {
      throw new DomainError(ErrorCode.ValidationFailed, undefined, { to: ['Der neue Name ist derselbe.'] });
    }
    return this.dataSource.transaction(async (manager) => {
      const [, moved]: [unknown, number] = await manager.query(
        `UPDATE campaign_assets
            SET tags = ARRAY(
              SELECT t FROM unnest(array_replace(tags, $1, $2)) WITH ORDINALITY AS x(t, n)
               GROUP BY t ORDER BY min(n))
          WHERE tags @> ARRAY[$1]::text[]`,
        [body.from, body.to],
      );
      if (moved === 0) throw new DomainError(ErrorCode.NotFound, 'Dieses Schlagwort gibt es nicht.');
      await this.audit.record(
        {
          action: AuditAction.CampaignTagRenamed,
          actor,
          summary: `${body.from} → ${body.to}`,
          details: { from: body.from, to: body.to, movedReferences: moved },
        },
        manager,
      );
      return { tag: body.to, movedReferences: moved };
    });
  }
}

@Controller(ApiPaths.campaignAssetTags)
export class CampaignTagsController {
  constructor(private readonly tags: CampaignTagsService) {}

  @Get()
  @RequirePermission(Permission.TaxonomiesManage)
  list(): Promise<CampaignTagListDto> {
    return this.tags.list();
  }

  @Post('rename')
  @HttpCode(200)
  @RequirePermission(Permission.TaxonomiesManage)
  rename(
    @CurrentUser() actor: SessionUser,
    @Body() body: RenameCampaignTagBody,
  ): Promise<RenameCampaignTagResultDto> {
    return this.tags.rename(actor, body);
  }
}
