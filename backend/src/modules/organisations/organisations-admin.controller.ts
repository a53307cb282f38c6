import { Body, Controller, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiPaths,
  AuditAction,
  MergeOrganisationResultDto,
  OrganisationDto,
  OrganisationImportResultDto,
  Permission,
} from '@portal/contracts';
import type { Request, Response } from 'express';
import { AuditLog } from '../../core/audit/audit-log';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { CSV_BOM, CSV_MEDIA_TYPE, csvLine } from '../../core/csv/csv-write';
import { CreateOrganisationBody, MergeOrganisationBody } from './dto/organisation.bodies';
import { organisationUuid } from './organisations.controller';
import { OrganisationsAdminService } from './organisations-admin.service';
import { OrganisationsRepository } from './organisations.repository';

const EXPORT_HEADER = [
  'name',
  'kind',
  'state',
  'category',
  'street',
  'postalCode',
  'city',
  'website',
  'email',
  'phone',
];

/**
 * The administration creates, merges, imports and exports organisations. Coordinators edit
 * profiles (PATCH /api/organisations/:id) but do not create or merge: the directory's shape —
 * which organisations exist and under which key the identity provider knows them — stays with
 * the administration.
 */
@Controller(ApiPaths.adminOrganisations)
export class OrganisationsAdminController {
  constructor(
    private readonly admin: OrganisationsAdminService,
    private readonly organisations: OrganisationsRepository,
    private readonly audit: AuditLog,
  ) {}

  @Post()
  @RequirePermission(Permission.OrganisationsAdminister)
  create(@CurrentUser() user: SessionUser, @Body() body: CreateOrganisationBody): Promise<OrganisationDto> {
    return this.admin.create(user, body);
  }

  @Post(':id/merge')
  @HttpCode(200)
  @RequirePermission(Permission.OrganisationsAdminister)
  merge(
    @CurrentUser() user: SessionUser,
    @Param('id', organisationUuid) id: string,
    @Body() body: MergeOrganisationBody,
  ): Promise<MergeOrganisationResultDto> {
    return this.admin.merge(user, id, body.targetId);
  }

  /** Multipart: `file` (CSV) and `dryRun` (`false` to write; anything else is a preview). */
  @Post('import')
  @HttpCode(200)
  @RequirePermission(Permission.OrganisationsAdminister)
  import(@CurrentUser() user: SessionUser, @Req() request: Request): Promise<OrganisationImportResultDto> {
    return this.admin.import(user, request);
  }

  /** The directory as CSV (formula-like text neutralised by the CSV writer). */
  @Get('export')
  @RequirePermission(Permission.OrganisationsAdminister)
  async export(@CurrentUser() user: SessionUser, @Res() response: Response): Promise<void> {
    const organisations = await this.organisations.listAllActive();
    await this.audit.record({
      action: AuditAction.OrganisationsExported,
      actor: user,
      summary: `Verzeichnis als CSV exportiert (${organisations.length} Einträge)`,
    });
    response.status(200);
    response.setHeader('Content-Type', CSV_MEDIA_TYPE);
    response.setHeader('Content-Disposition', 'attachment; filename="verzeichnis.csv"');
    response.end(
      CSV_BOM +
        csvLine(EXPORT_HEADER) +
        organisations
          .map((o) =>
            csvLine([
              o.name,
              o.kind,
              o.state,
              o.category,
              o.street,
              o.postalCode,
              o.city,
              o.website,
              o.email,
              o.phone,
            ]),
          )
          .join(''),
    );
  }
}
