import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AuditAction,
  MergeOrganisationResultDto,
  ORGANISATION_LIMITS,
  OrganisationDto,
  OrganisationImportResultDto,
} from '@portal/contracts';
import { toOrganisationKey } from '@portal/util';
import type { Request } from 'express';
import { readFile } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import { SessionCache } from '../../core/auth/session-cache';
import { AuditLog } from '../../core/audit/audit-log';
import type { SessionUser } from '../../core/auth/session-user';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { MediaType } from '../../core/storage/media-types';
import { UploadReceiver } from '../../core/storage/upload-receiver';
import { CreateOrganisationBody } from './dto/organisation.bodies';
import { ExistingOrganisation, planOrganisationImport } from './organisation-import';
import { moveOrganisationContent } from './organisation-merge';
import { OrganisationEntity } from './organisation.entity';
import { toOrganisationDto } from './organisation.mapper';
import { ORGANISATION_NOT_FOUND } from './organisations.service';
import { OrganisationsRepository } from './organisations.repository';

/** Creating, merging and importing organisations: the administration's side of the directory. */
@Injectable()
export class OrganisationsAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsRepository,
    private readonly uploads: UploadReceiver,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly sessions: SessionCache,
  ) {}

  async create(user: SessionUser, body: CreateOrganisationBody): Promise<OrganisationDto> {
    const name = body.name.trim();
    const key = toOrganisationKey(name);
    if (!key) {
      throw new DomainError(ErrorCode.ValidationFailed, undefined, {
        name: ['Der Name braucht Buchstaben oder Ziffern.'],
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(OrganisationEntity);
      if (await repository.existsBy({ key })) {
        throw new DomainError(ErrorCode.Conflict, `„${name}“ gibt es bereits im Verzeichnis.`);
      }
      const saved = await repository.save(
        repository.create({ key, name, kind: body.kind, state: body.state, category: body.category }),
      );
      await this.audit.record(
        {
          action: AuditAction.OrganisationCreated,
          actor: user,
          target: { type: 'organisation', id: saved.id },
          summary: name,
        },
        manager,
      );
      return toOrganisationDto(saved);
    });
  }

  /**
   * Merges `sourceId` into `targetId` (Kreisreform) in one transaction: all content moves, the
   * source stays as a redirect (`mergedIntoId`) and leaves every list.
   */
  async merge(user: SessionUser, sourceId: string, targetId: string): Promise<MergeOrganisationResultDto> {
    if (sourceId === targetId) {
      throw new DomainError(ErrorCode.ValidationFailed, undefined, {
        targetId: ['Eine Organisation kann nicht mit sich selbst zusammengeführt werden.'],
      });
    }
    const result = await this.dataSource.transaction(async (manager) => {
      // Both rows locked in a fixed order, so two crossing merges cannot deadlock.
      const locked: { id: string }[] = await manager.query(
        'SELECT id FROM organisations WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE',
        [[sourceId, targetId]],
      );
      if (locked.length !== 2) throw new DomainError(ErrorCode.NotFound, ORGANISATION_NOT_FOUND);
      const repository = manager.getRepository(OrganisationEntity);
      const source = await repository.findOneByOrFail({ id: sourceId });
      const target = await repository.findOneByOrFail({ id: targetId });
      if (source.mergedIntoId || target.mergedIntoId) {
        throw new DomainError(ErrorCode.Conflict, 'Diese Organisation wurde bereits zusammengeführt.');
      }
      const moved = await moveOrganisationContent(manager, source.id, target);
      // The target keeps its own logo; without one it takes the source's.
      const takeLogo = target.logoFileId === null && source.logoFileId !== null;
      await manager.query(
        `UPDATE organisations
            SET merged_into_id = $2, merged_at = $3, version = version + 1, updated_at = $3,
                logo_file_id = CASE WHEN $4 THEN NULL ELSE logo_file_id END
          WHERE id = $1`,
        [source.id, target.id, this.clock.now(), takeLogo],
      );
      if (takeLogo) {
        await manager.query('UPDATE organisations SET logo_file_id = $2 WHERE id = $1', [
          target.id,
          source.logoFileId,
        ]);
      }
      await this.audit.record(
        {
          action: AuditAction.OrganisationMerged,
          actor: user,
          target: { type: 'organisation', id: target.id },
          summary: `„${source.name}“ in „${target.name}“ zusammengeführt`,
          details: { sourceId: source.id, sourceName: source.name, moved },
        },
        manager,
      );
      const merged = await repository.findOneByOrFail({ id: target.id });
      return { target: toOrganisationDto(merged), moved };
    });
    // Members' sessions now carry the target organisation.
    this.sessions.forgetAll();
    return result;
  }

  /**
   * CSV import of the directory: multipart `file` (UTF-8 CSV, `;` or `,`), field `dryRun`
   * (`true` unless `false`). Only a file without errors is written, all rows in one transaction.
   */
  async import(user: SessionUser, request: Request): Promise<OrganisationImportResultDto> {
    const upload = await this.uploads.receive(request, {
      maxBytes: ORGANISATION_LIMITS.importBytes,
      allowed: [MediaType.Csv, MediaType.Text],
    });
    try {
      const dryRun = upload.fields['dryRun'] !== 'false';
      const bytes = await readFile(upload.file.path);
      return await this.dataSource.transaction(async (manager) => {
        // Imports serialise, so two commits cannot both create the same organisation.
        await manager.query("SELECT pg_advisory_xact_lock(hashtext('organisations.import'))");
        const rows: ExistingOrganisation[] = await manager.query(
          `SELECT key, name, kind, state, category, merged_into_id AS "mergedIntoId" FROM organisations`,
        );
        const plan = planOrganisationImport(bytes, new Map(rows.map((row) => [row.key, row])));
        const valid = plan.report.fileErrors.length === 0 && plan.report.errorRows === 0;
        const committed = !dryRun && valid;
        if (committed) {
          await this.organisations.insertMissing(plan.toCreate, manager);
          await this.audit.record(
            {
              action: AuditAction.OrganisationsImported,
              actor: user,
              target: { type: 'organisation-import', id: upload.file.sha256 },
              summary: `${plan.report.created} Organisationen angelegt, ${plan.report.unchanged} unverändert (${upload.file.originalName})`,
              details: { created: plan.toCreate.map((organisation) => organisation.key) },
            },
            manager,
          );
        }
        return { dryRun, committed, ...plan.report };
      });
    } finally {
      await upload.discard();
    }
  }
}
