import { Injectable, Logger } from '@nestjs/common';
import { API_PREFIX, CampaignKitPaths, KitDataDto, KitFormat, KitOutputDto } from '@portal/contracts';
import { createHash } from 'node:crypto';
import type { SessionUser } from '../../core/auth/session-user';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { MediaType } from '../../core/storage/media-types';
import type { OrganisationEntity } from '../organisations/organisation.entity';
import { KitFileStore } from './kit-file-store';
import { KitOutputsRepository, type KitOutputWithFile } from './kit-outputs.repository';
import { fillPdf, type KitLogo } from './kit-pdf-filler';
import { KitProfileService } from './kit-profile.service';
import { KitRasteriser } from './kit-rasteriser';
import type { KitTemplateRow } from './kit-templates.repository';
import { KitTemplatesService } from './kit-templates.service';
import { CampaignsService } from '../campaigns/campaigns.service';

/** Raise when the drawing changes, so cached files made by older code are not reused. */
const RENDERER_REVISION = 2;
const PREVIEW_WIDTH = 700;
/** Social media: 1080 px wide (the common feed width). */
const SOCIAL_WIDTH = 1080;
const NOT_FOUND = 'Diese Datei gibt es nicht (mehr).';

export interface GeneratedOutput {
  output: KitOutputWithFile;
  cached: boolean;
}

/** Fills a template for an organisation: live preview, cached print PDF and social-media PNG. */
@Injectable()
export class KitGeneratorService {
  private readonly logger = new Logger(KitGeneratorService.name);

  constructor(
    private readonly templates: KitTemplatesService,
    private readonly profiles: KitProfileService,
    private readonly outputs: KitOutputsRepository,
    private readonly files: KitFileStore,
    private readonly rasteriser: KitRasteriser,
    private readonly campaigns: CampaignsService,
  ) {}

  /** Page 1, filled, as PNG; not cached (it changes with every keystroke). */
  async preview(
    user: SessionUser,
    templateId: string,
    organisationId: string,
    data: KitDataDto,
  ): Promise<Buffer> {
    const organisation = await this.profiles.organisationFor(user, organisationId);
    const row = await this.templates.usable(user, templateId);
    const pdf = await this.fill(row, organisation, data);
    return this.rasteriser.pagePng(pdf.bytes, 1, PREVIEW_WIDTH);
  }

  async generate(
    user: SessionUser,
    templateId: string,
    organisationId: string,
    data: KitDataDto,
    format: KitFormat,
  ): Promise<KitOutputDto> {
    const organisation = await this.profiles.organisationFor(user, organisationId);
    const row = await this.templates.visible(user, templateId);
    await this.campaigns.assertTermsAccepted(user, [row.campaign]);
    this.files.assertAvailable(row.current.file, user);
    return toOutputDto(await this.generateFor(row, organisation, data, format, user.id));
  }

  /** Reuses a file made from the same template version and inputs; else renders and stores it. */
  async generateFor(
    row: KitTemplateRow,
    organisation: OrganisationEntity,
    data: KitDataDto,
    format: KitFormat,
    userId: string | null,
  ): Promise<GeneratedOutput> {
    const logo = await this.profiles.logoFor(organisation);
    const dataHash = hashOf({
      revision: RENDERER_REVISION,
      version: row.current.id,
      zones: row.current.zones,
      organisation: organisation.id,
      data: {
        name: data.name,
        address: data.address,
        openingHours: data.openingHours,
        phone: data.phone,
        website: data.website,
      },
      logo: logo?.sha256 ?? null,
    });
    const cached = await this.outputs.findCached(row.current.id, dataHash, format);
    if (cached) return { output: cached, cached: true };

    const pdf = await this.fill(row, organisation, data, logo?.logo ?? null);
    const bytes =
      format === 'pdf'
        ? pdf.bytes
        : await this.rasteriser.pagePng(pdf.bytes, 1, SOCIAL_WIDTH, { trim: true });
    const name = `${slug(row.template.title)}-${organisation.key}.${format}`;
    try {
      const id = await this.files.storeBytes(
        bytes,
        name,
        format === 'pdf' ? MediaType.Pdf : MediaType.Png,
        userId,
        async (manager, file) =>
          (
            await this.outputs.insert(manager, {
              templateVersionId: row.current.id,
              organisationId: organisation.id,
              dataHash,
              format,
              fileId: file.id,
            })
          ).id,
      );
      const output = await this.outputs.findById(id);
      if (!output) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
      return { output, cached: false };
    } catch (error) {
      // Two identical requests at once: the other one stored it first (unique key) — use that.
      const winner = await this.outputs.findCached(row.current.id, dataHash, format);
      if (winner) return { output: winner, cached: true };
      throw error;
    }
  }

  private async fill(
    row: KitTemplateRow,
    organisation: OrganisationEntity,
    data: KitDataDto,
    /** Undefined: the organisation's logo is loaded. */
    logo?: KitLogo | null,
  ): Promise<{ bytes: Uint8Array }> {
    const template = await this.templates.pdfOf(row);
    const resolvedLogo =
      logo === undefined ? ((await this.profiles.logoFor(organisation))?.logo ?? null) : logo;
    try {
      const bytes = await fillPdf(
        template,
        row.current.zones,
        data,
        resolvedLogo,
        `${row.template.title} – ${data.name}`,
      );
      return { bytes };
    } catch (error) {
      this.logger.warn(
        { templateId: row.template.id, message: String(error) },
        'Template could not be filled',
      );
      throw new DomainError(ErrorCode.ValidationFailed, 'Die Vorlage konnte nicht ausgefüllt werden.');
    }
  }
}

export function toOutputDto({ output, cached }: GeneratedOutput): KitOutputDto {
  return {
    id: output.id,
    format: output.format,
    fileName: output.file.originalName,
    size: output.file.size,
    cached,
    downloadUrl: `/${API_PREFIX}/${CampaignKitPaths.outputs}/${output.id}`,
  };
}

/** SHA-256 of canonical JSON (keys sorted). */
export function hashOf(value: unknown): string {
  const canonical = (input: unknown): unknown =>
    Array.isArray(input)
      ? input.map(canonical)
      : input && typeof input === 'object'
        ? Object.fromEntries(
            Object.keys(input)
              .sort()
              .map((key) => [key, canonical((input as Record<string, unknown>)[key])]),
          )
        : input;
  return createHash('sha256')
    .update(JSON.stringify(canonical(value)))
    .digest('hex');
}

/** ASCII file name part: „Plakat A4 – Stark“ → `plakat-a4-stark`. */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/ä/g, 'ae')
      .replace(/ö/g, 'oe')
      .replace(/ü/g, 'ue')
      .replace(/ß/g, 'ss')
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'vorlage'
  );
}
