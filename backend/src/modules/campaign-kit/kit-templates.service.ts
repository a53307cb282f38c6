import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CAMPAIGN_KIT_LIMITS,
  CampaignKitPaths,
  KitTemplateDto,
  KitTemplateFormat,
  KitTemplatePageDto,
  KitTemplateSummaryDto,
  KitZoneDto,
  API_PREFIX,
} from '@portal/contracts';
import type { Request } from 'express';
import { readFile } from 'node:fs/promises';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../../core/auth/session-user';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { decodeKeysetCursor, encodeKeysetCursor } from '../../core/http/keyset-cursor';
import { MediaType } from '../../core/storage/media-types';
import { StoredFilesService } from '../../core/storage/stored-files.service';
import { UploadReceiver } from '../../core/storage/upload-receiver';
import type { KitTemplatesQuery } from './dto/kit-templates.query';
import { KitFileStore } from './kit-file-store';
import { KitRasteriser } from './kit-rasteriser';
import { inspectTemplate, svgToPdf } from './kit-template-file';
import { KitTemplateRow, KitTemplatesRepository } from './kit-templates.repository';
import { zoneProblems } from './kit.policy';
import { mayManageCampaigns, maySeeCampaign } from '../campaigns/campaign-asset.policy';

const NOT_FOUND = 'Diese Vorlage gibt es nicht (mehr).';
const TEMPLATE_TYPES = [MediaType.Pdf, MediaType.Svg];
const PAGE_PREVIEW_WIDTH = 800;
const SVG_PDF_CACHE = 8;

/** Templates of the campaign kit: upload, versions, zones; the PDF every generation starts from. */
@Injectable()
export class KitTemplatesService {
  private readonly svgPdfs = new Map<string, Uint8Array>();

  constructor(
    private readonly templates: KitTemplatesRepository,
    private readonly uploads: UploadReceiver,
    private readonly storedFiles: StoredFilesService,
    private readonly files: KitFileStore,
    private readonly rasteriser: KitRasteriser,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(user: SessionUser, query: KitTemplatesQuery): Promise<KitTemplatePageDto> {
    const after = query.cursor ? decodeKeysetCursor(query.cursor) : null;
    const rows = await this.templates.list(
      query.limit + 1,
      after,
      query.campaignId,
      mayManageCampaigns(user),
    );
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items: items.map((row) => ({
        id: row.id,
        title: row.title,
        campaign: { id: row.campaignId, name: row.campaignName },
        format: row.format,
        currentVersion: row.currentVersion,
        zoneKinds: [...new Set(row.zones.map((zone) => zone.kind))],
        updatedAt: row.updatedAt.toISOString(),
      })),
      nextCursor:
        rows.length > query.limit && last ? encodeKeysetCursor({ time: last.createdAt, id: last.id }) : null,
    };
  }

  async get(user: SessionUser, id: string): Promise<KitTemplateDto> {
    return toDto(await this.visible(user, id));
  }

  /** For coordinators' own changes and the bulk job (no viewer): no visibility rule. */
  async load(id: string): Promise<KitTemplateRow> {
    const row = await this.templates.find(id);
    if (!row) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    return row;
  }

  /** The template if the user may see its campaign; templates of campaigns in preparation are 404. */
  async visible(user: SessionUser, id: string): Promise<KitTemplateRow> {
    const row = await this.load(id);
    if (!maySeeCampaign(user, row.campaign.status)) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    return row;
  }

  /**
   * A visible template whose current file passed the malware scan (the download gate, fail
   * closed): pending 409, blocked 403 — nothing is rendered from an uncleared file.
   */
  async usable(user: SessionUser, id: string): Promise<KitTemplateRow> {
    const row = await this.visible(user, id);
    this.files.assertAvailable(row.current.file, user);
    return row;
  }

  /** Multipart: `file` (PDF or SVG), `campaignId`, `title`. */
  async create(user: SessionUser, request: Request): Promise<KitTemplateDto> {
    const upload = await this.uploads.receive(request, {
      maxBytes: CAMPAIGN_KIT_LIMITS.templateBytes,
      allowed: TEMPLATE_TYPES,
    });
    try {
      const title = (upload.fields['title'] ?? '').trim();
      const campaignId = (upload.fields['campaignId'] ?? '').trim();
      const problems: Record<string, string[]> = {};
      if (!title) problems['title'] = ['Bitte geben Sie einen Titel an.'];
      else if (title.length > CAMPAIGN_KIT_LIMITS.title)
        problems['title'] = [`Darf höchstens ${CAMPAIGN_KIT_LIMITS.title} Zeichen lang sein.`];
      if (
        !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(campaignId) ||
        !(await this.templates.campaignExists(campaignId))
      )
        problems['campaignId'] = ['Bitte wählen Sie eine bestehende Kampagne.'];
      if (Object.keys(problems).length > 0)
        throw new DomainError(ErrorCode.ValidationFailed, undefined, problems);
      const format = formatOf(upload.file.mediaType);
      const pages = await inspectTemplate(format, await readFile(upload.file.path));
      const id = await this.storedFiles.store(upload.file, user.id, async (manager, file) => {
        const template = await this.templates.insertTemplate(manager, {
          campaignId,
          title,
          currentVersion: 1,
          createdBy: user.id,
        });
        await this.templates.insertVersion(manager, {
          templateId: template.id,
          number: 1,
          fileId: file.id,
          format,
          pages,
          zones: [],
        });
        return template.id;
      });
      return toDto(await this.load(id));
    } finally {
      await upload.discard();
    }
  }

  /** Multipart: `file` and `version` (optimistic lock). Zones that still fit are carried over. */
  async addVersion(id: string, user: SessionUser, request: Request): Promise<KitTemplateDto> {
    await this.load(id);
    const upload = await this.uploads.receive(request, {
      maxBytes: CAMPAIGN_KIT_LIMITS.templateBytes,
      allowed: TEMPLATE_TYPES,
    });
    try {
      const expected = Number(upload.fields['version']);
      if (!Number.isInteger(expected) || expected < 1)
        throw new DomainError(ErrorCode.ValidationFailed, undefined, {
          version: ['Muss eine ganze Zahl sein.'],
        });
      const format = formatOf(upload.file.mediaType);
      const pages = await inspectTemplate(format, await readFile(upload.file.path));
      await this.storedFiles.store(upload.file, user.id, async (manager, file) => {
        const template = await this.templates.lock(manager, id);
        if (!template) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
        assertVersion(template.version, expected);
        const previous = await this.templates.find(id, manager);
        const zones = (previous?.current.zones ?? []).filter(
          (zone) => Object.keys(zoneProblems([zone], pages)).length === 0,
        );
        const number = template.currentVersion + 1;
        await this.templates.insertVersion(manager, {
          templateId: id,
          number,
          fileId: file.id,
          format,
          pages,
          zones,
        });
        await this.templates.setCurrentVersion(manager, template, number);
      });
      return toDto(await this.load(id));
    } finally {
      await upload.discard();
    }
  }

  async updateZones(id: string, version: number, zones: KitZoneDto[]): Promise<KitTemplateDto> {
    await this.dataSource.transaction(async (manager) => {
      const template = await this.templates.lock(manager, id);
      if (!template) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
      assertVersion(template.version, version);
      const row = await this.templates.find(id, manager);
      if (!row) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
      const problems = zoneProblems(zones, row.current.pages);
      if (Object.keys(problems).length > 0)
        throw new DomainError(
          ErrorCode.ValidationFailed,
          'Ein Feld liegt nicht vollständig auf der Seite.',
          problems,
        );
      await this.templates.setZones(manager, template, row.current.id, zones.map(normaliseZone));
    });
    return toDto(await this.load(id));
  }

  async delete(id: string): Promise<void> {
    const keys = await this.dataSource.transaction(async (manager) => {
      if (!(await this.templates.lock(manager, id))) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
      const fileIds = await this.templates.fileIdsOf(manager, id);
      await this.templates.deleteTemplate(manager, id);
      return this.storedFiles.deleteRows(manager, fileIds);
    });
    await this.storedFiles.removeContent(keys);
  }

  /** A page of the template, unfilled, as PNG (the zone editor draws its overlay on it). */
  async pagePng(user: SessionUser, id: string, page: number): Promise<Buffer> {
    const row = await this.usable(user, id);
    if (!Number.isInteger(page) || page < 1 || page > row.current.pages.length)
      throw new DomainError(ErrorCode.NotFound, 'Diese Seite hat die Vorlage nicht.');
    return this.rasteriser.pagePng(await this.pdfOf(row), page, PAGE_PREVIEW_WIDTH);
  }

  /** The current version as PDF (SVG templates become a one-page PDF); only of a scan-cleared file. */
  async pdfOf(row: KitTemplateRow): Promise<Uint8Array> {
    // Second line of the gate: every rendering path (bulk job included) goes through here.
    this.files.assertAvailable(row.current.file, null);
    const bytes = await this.files.read(row.current.file);
    if (row.current.format !== 'svg') return bytes;
    // Rasterising an SVG takes a while; a version never changes, so keep the last few.
    const cached = this.svgPdfs.get(row.current.id);
    if (cached) return cached;
    const pdf = await svgToPdf(bytes);
    this.svgPdfs.set(row.current.id, pdf);
    if (this.svgPdfs.size > SVG_PDF_CACHE) this.svgPdfs.delete(this.svgPdfs.keys().next().value as string);
    return pdf;
  }
}

export function toDto(row: KitTemplateRow): KitTemplateDto {
  const { template, current } = row;
  const summary: KitTemplateSummaryDto = {
    id: template.id,
    title: template.title,
    campaign: { id: template.campaignId, name: row.campaignName },
    format: current.format,
    currentVersion: template.currentVersion,
    zoneKinds: [...new Set(current.zones.map((zone) => zone.kind))],
    updatedAt: template.updatedAt.toISOString(),
  };
  return {
    ...summary,
    pages: current.pages,
    zones: current.zones,
    version: template.version,
    createdAt: template.createdAt.toISOString(),
  };
}

/** Browser path of a template's page preview. */
export function pageUrl(id: string, page: number): string {
  return `/${API_PREFIX}/${CampaignKitPaths.templates}/${id}/pages/${page}`;
}

function formatOf(mediaType: string): KitTemplateFormat {
  return mediaType === MediaType.Svg ? 'svg' : 'pdf';
}

function assertVersion(current: number, expected: number): void {
  if (current !== expected)
    throw new DomainError(
      ErrorCode.Conflict,
      'Die Vorlage wurde zwischenzeitlich geändert. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.',
    );
}

/** Only the known properties, in a fixed order (the zones are part of the cache key). */
function normaliseZone(zone: KitZoneDto): KitZoneDto {
  const { kind, page, x, y, width, height, fontSize, align, colour } = zone;
  return { kind, page, x, y, width, height, fontSize, align, colour: colour.toUpperCase() };
}
