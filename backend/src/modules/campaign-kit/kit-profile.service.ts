import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CAMPAIGN_KIT_LIMITS,
  hasPermission,
  KitDataDto,
  KitProfileDto,
  OrganisationKind,
  Permission,
} from '@portal/contracts';
import type { Request, Response } from 'express';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { DataSource, EntityManager } from 'typeorm';
import type { SessionUser } from '../../core/auth/session-user';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { FileDelivery } from '../../core/storage/file-delivery.service';
import { MediaType } from '../../core/storage/media-types';
import { toFileScanDto } from '../../core/storage/processing/file-availability';
import { StoredFileEntity } from '../../core/storage/stored-file.entity';
import { StoredFilesService } from '../../core/storage/stored-files.service';
import { UploadReceiver } from '../../core/storage/upload-receiver';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { KitFileStore } from './kit-file-store';
import type { KitLogo } from './kit-pdf-filler';
import { mayGenerateFor } from './kit.policy';

const LOGO_TYPES = [MediaType.Png, MediaType.Jpeg, MediaType.Svg];
const NOT_FOUND = 'Diese Organisation gibt es nicht.';
const FORBIDDEN = 'Sie können das Kampagnen-Kit nur für Ihr eigenes Jobcenter anpassen.';
/** SVG logos are rasterised at this width for the PDF (sharp, high resolution). */
const SVG_LOGO_WIDTH = 1200;

/** What the kit knows of an organisation: its data for the zones, opening hours and logo. */
@Injectable()
export class KitProfileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uploads: UploadReceiver,
    private readonly storedFiles: StoredFilesService,
    private readonly files: KitFileStore,
    private readonly delivery: FileDelivery,
  ) {}

  /** 403 for another Jobcenter (checked first, so nothing is revealed), 404 when it does not exist. */
  async organisationFor(user: SessionUser, organisationId: string): Promise<OrganisationEntity> {
    if (!mayGenerateFor(user, organisationId)) throw new DomainError(ErrorCode.Forbidden, FORBIDDEN);
    const organisation = await this.dataSource
      .getRepository(OrganisationEntity)
      .findOneBy({ id: organisationId });
    if (!organisation) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    return organisation;
  }

  async get(user: SessionUser, organisationId: string): Promise<KitProfileDto> {
    return this.toProfile(user, await this.organisationFor(user, organisationId));
  }

  async setOpeningHours(
    user: SessionUser,
    organisationId: string,
    openingHours: string,
  ): Promise<KitProfileDto> {
    const organisation = await this.organisationFor(user, organisationId);
    await this.dataSource
      .getRepository(OrganisationEntity)
      .update({ id: organisation.id }, { openingHours: openingHours || null });
    return this.toProfile(user, { ...organisation, openingHours: openingHours || null });
  }

  /** Multipart `file`: PNG, JPEG or SVG; replaces (and deletes) the previous logo. */
  async setLogo(user: SessionUser, organisationId: string, request: Request): Promise<KitProfileDto> {
    await this.organisationFor(user, organisationId);
    const upload = await this.uploads.receive(request, {
      maxBytes: CAMPAIGN_KIT_LIMITS.logoBytes,
      allowed: LOGO_TYPES,
    });
    try {
      await this.toLogo(upload.file.mediaType, await readFile(upload.file.path)).catch(() => {
        const problem = 'Das Logo kann nicht gelesen werden.';
        throw new DomainError(ErrorCode.ValidationFailed, problem, { file: [problem] });
      });
      const replaced = await this.storedFiles.store(upload.file, user.id, async (manager, file) => {
        const previous = await this.lockLogo(manager, organisationId);
        await manager
          .getRepository(OrganisationEntity)
          .update({ id: organisationId }, { logoFileId: file.id });
        return this.storedFiles.deleteRows(manager, previous ? [previous] : []);
      });
      await this.storedFiles.removeContent(replaced);
      return this.get(user, organisationId);
    } finally {
      await upload.discard();
    }
  }

  async removeLogo(user: SessionUser, organisationId: string): Promise<void> {
    await this.organisationFor(user, organisationId);
    const keys = await this.dataSource.transaction(async (manager) => {
      const previous = await this.lockLogo(manager, organisationId);
      await manager.getRepository(OrganisationEntity).update({ id: organisationId }, { logoFileId: null });
      return this.storedFiles.deleteRows(manager, previous ? [previous] : []);
    });
    await this.storedFiles.removeContent(keys);
  }

  async downloadLogo(
    user: SessionUser,
    organisationId: string,
    request: Request,
    response: Response,
  ): Promise<void> {
    const organisation = await this.organisationFor(user, organisationId);
    const file = await this.logoFile(organisation);
    if (!file) throw new DomainError(ErrorCode.NotFound, 'Für diese Organisation ist kein Logo hinterlegt.');
    this.storedFiles.assertAvailable(file, user);
    await this.delivery.send(request, response, file);
  }

  async logoFile(organisation: OrganisationEntity): Promise<StoredFileEntity | null> {
    return organisation.logoFileId ? this.storedFiles.findById(organisation.logoFileId) : null;
  }

  /**
   * The logo ready for the PDF; null without one. Like every uploaded file, it is used only once
   * the malware scan passed it (fail closed): 409 while pending, 403 when blocked.
   */
  async logoFor(organisation: OrganisationEntity): Promise<{ logo: KitLogo; sha256: string } | null> {
    const file = await this.logoFile(organisation);
    if (!file) return null;
    if (!this.storedFiles.isAvailable(file))
      throw file.scanStatus === 'pending'
        ? new DomainError(
            ErrorCode.Conflict,
            'Das Logo der Organisation wird noch auf Schadsoftware geprüft. Bitte versuchen Sie es in einigen Minuten noch einmal.',
          )
        : new DomainError(
            ErrorCode.Forbidden,
            'Das Logo der Organisation ist gesperrt, weil die Prüfung auf Schadsoftware es nicht freigegeben hat. Bitte laden Sie ein anderes Logo hoch.',
          );
    return { logo: await this.toLogo(file.mediaType, await this.files.read(file)), sha256: file.sha256 };
  }

  /** With the logo's scan state: the kit refuses a logo the scan has not passed (see `logoFor`). */
  private async toProfile(user: SessionUser, organisation: OrganisationEntity): Promise<KitProfileDto> {
    const logo = await this.logoFile(organisation);
    return {
      organisationId: organisation.id,
      organisationName: organisation.name,
      data: defaultData(organisation),
      hasLogo: organisation.logoFileId !== null,
      logoScan: logo ? toFileScanDto(logo, hasPermission(user.roles, Permission.FilesInspect)) : null,
    };
  }

  private async toLogo(mediaType: string, bytes: Buffer): Promise<KitLogo> {
    if (mediaType === MediaType.Svg) {
      const png = await sharp(bytes, { density: 300 })
        .resize({ width: SVG_LOGO_WIDTH, withoutEnlargement: false })
        .png()
        .toBuffer();
      return { bytes: png, type: 'png' };
    }
    // Normalised through sharp: a PNG or JPEG pdf-lib cannot embed (e.g. 16-bit, CMYK) still works.
    const type = mediaType === MediaType.Jpeg ? 'jpeg' : 'png';
    const image = sharp(bytes).rotate().toColourspace('srgb');
    return { bytes: await (type === 'jpeg' ? image.jpeg({ quality: 92 }) : image.png()).toBuffer(), type };
  }

  private async lockLogo(manager: EntityManager, organisationId: string): Promise<string | null> {
    const rows: { logo_file_id: string | null }[] = await manager.query(
      'SELECT logo_file_id FROM organisations WHERE id = $1 FOR UPDATE',
      [organisationId],
    );
    if (rows.length === 0) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    return rows[0]?.logo_file_id ?? null;
  }
}

/** The zones' defaults from the organisation's profile. */
export function defaultData(organisation: OrganisationEntity): KitDataDto {
  const place = [organisation.postalCode, organisation.city].filter(Boolean).join(' ');
  const website = organisation.website ?? '';
  return {
    name:
      organisation.kind === OrganisationKind.Jobcenter ? `Jobcenter ${organisation.name}` : organisation.name,
    address: [organisation.street, place].filter(Boolean).join('\n'),
    openingHours: organisation.openingHours ?? '',
    phone: organisation.phone ?? '',
    website: /^https?:\/\//i.test(website) ? website : website ? `https://${website}` : '',
  };
}
