import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, ORGANISATION_LIMITS } from '@portal/contracts';
import type { Request, Response } from 'express';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLog } from '../../core/audit/audit-log';
import type { SessionUser } from '../../core/auth/session-user';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { FileDelivery } from '../../core/storage/file-delivery.service';
import { MediaType } from '../../core/storage/media-types';
import { StoredFilesService } from '../../core/storage/stored-files.service';
import { UploadReceiver } from '../../core/storage/upload-receiver';
import { OrganisationEntity } from './organisation.entity';
import { ORGANISATION_NOT_FOUND, OrganisationsService } from './organisations.service';

/** The same types the campaign kit accepts (it fills this logo into its templates). */
const LOGO_TYPES = [MediaType.Png, MediaType.Jpeg, MediaType.Svg];

/** The organisation's logo in the shared storage (typed by content, scanned, SVG sanitised). */
@Injectable()
export class OrganisationLogoService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsService,
    private readonly uploads: UploadReceiver,
    private readonly storedFiles: StoredFilesService,
    private readonly delivery: FileDelivery,
    private readonly audit: AuditLog,
  ) {}

  async set(user: SessionUser, id: string, request: Request): Promise<void> {
    this.organisations.assertMayEdit(user, id);
    await this.organisations.find(id);
    const upload = await this.uploads.receive(request, {
      maxBytes: ORGANISATION_LIMITS.logoBytes,
      allowed: LOGO_TYPES,
    });
    try {
      // The kit rasterises the logo later; a file sharp cannot read is refused now, not then.
      await sharp(await readFile(upload.file.path))
        .metadata()
        .catch(() => {
          const problem = 'Das Logo kann nicht gelesen werden.';
          throw new DomainError(ErrorCode.ValidationFailed, problem, { file: [problem] });
        });
      const replaced = await this.storedFiles.store(upload.file, user.id, async (manager, file) => {
        const previous = await this.lockLogo(manager, id);
        await manager.getRepository(OrganisationEntity).update({ id }, { logoFileId: file.id });
        await this.record(manager, user, id, 'Logo ersetzt');
        return this.storedFiles.deleteRows(manager, previous ? [previous] : []);
      });
      await this.storedFiles.removeContent(replaced);
    } finally {
      await upload.discard();
    }
  }

  async remove(user: SessionUser, id: string): Promise<void> {
    this.organisations.assertMayEdit(user, id);
    const keys = await this.dataSource.transaction(async (manager) => {
      const previous = await this.lockLogo(manager, id);
      await manager.getRepository(OrganisationEntity).update({ id }, { logoFileId: null });
      await this.record(manager, user, id, 'Logo entfernt');
      return this.storedFiles.deleteRows(manager, previous ? [previous] : []);
    });
    await this.storedFiles.removeContent(keys);
  }

  /** Everyone who may read the directory sees the logo, once its scan is clean. */
  async send(user: SessionUser, id: string, request: Request, response: Response): Promise<void> {
    const organisation = await this.organisations.find(id);
    const file = organisation.logoFileId ? await this.storedFiles.findById(organisation.logoFileId) : null;
    if (!file) throw new DomainError(ErrorCode.NotFound, 'Für diese Organisation ist kein Logo hinterlegt.');
    this.storedFiles.assertAvailable(file, user);
    await this.delivery.send(request, response, file);
  }

  private async record(manager: EntityManager, user: SessionUser, id: string, what: string): Promise<void> {
    const rows: { name: string }[] = await manager.query('SELECT name FROM organisations WHERE id = $1', [
      id,
    ]);
    await this.audit.record(
      {
        action: AuditAction.OrganisationUpdated,
        actor: user,
        target: { type: 'organisation', id },
        summary: `${rows[0]?.name ?? ''}: ${what}`,
        details: { fields: ['logo'] },
      },
      manager,
    );
  }

  private async lockLogo(manager: EntityManager, id: string): Promise<string | null> {
    const rows: { logo_file_id: string | null }[] = await manager.query(
      'SELECT logo_file_id FROM organisations WHERE id = $1 AND merged_into_id IS NULL FOR UPDATE',
      [id],
    );
    if (rows.length === 0) throw new DomainError(ErrorCode.NotFound, ORGANISATION_NOT_FOUND);
    return rows[0]?.logo_file_id ?? null;
  }
}
