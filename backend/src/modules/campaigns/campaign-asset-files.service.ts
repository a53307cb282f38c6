import { Injectable } from '@nestjs/common';
import { ASSET_LIMITS, AssetState, type AssetVersionDto, type FilePreviewSize } from '@portal/contracts';
import type { Request, Response } from 'express';
import type { EntityManager } from 'typeorm';
import type { SessionUser } from '../../core/auth/session-user';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { isFreshDownload } from '../../core/storage/fresh-download';
import { ALL_MEDIA_TYPES } from '../../core/storage/media-types';
import type { ReceivedUpload } from '../../core/storage/upload-receiver';
import { filesWithoutText } from '../search/extraction/files-without-text';
import { assetState, mayManageCampaigns } from './campaign-asset.policy';
import type { CampaignAssetEntity } from './campaign-asset.entity';
import { CampaignAssetsRepository } from './campaign-assets.repository';
import { CampaignAssetsService, type VisibleAsset } from './campaign-assets.service';
import { CampaignDownloadsRepository } from './campaign-downloads.repository';
import { previewSource, toAssetVersionDto } from './campaign.mapper';
import { CampaignRecall } from './campaign-recall';
import { CampaignsService } from './campaigns.service';
import { FilesContext } from './files-context';

const FILE_NOT_FOUND = 'Diese Datei gibt es nicht (mehr).';
const ASSET_GONE = 'Dieses Material gibt es nicht (mehr).';

/** Versions and variants of assets: upload (coordinators), download (terms first, counted), thumbnail. */
@Injectable()
export class CampaignAssetFilesService {
  constructor(
    private readonly assetsService: CampaignAssetsService,
    private readonly assets: CampaignAssetsRepository,
    private readonly campaigns: CampaignsService,
    private readonly downloads: CampaignDownloadsRepository,
    private readonly recall: CampaignRecall,
    private readonly context: FilesContext,
  ) {}

  /** A new version with its first file; the older versions stay (history), downloaders are recalled. */
  async addVersion(user: SessionUser, assetId: string, request: Request): Promise<AssetVersionDto> {
    await this.existing(assetId);
    const upload = await this.receive(request);
    try {
      const note = this.note(upload.fields['note']);
      const version = await this.context.storedFiles.store(upload.file, user.id, async (manager, file) => {
        const asset = await this.lock(manager, assetId);
        const number = asset.latestVersion + 1;
        const version = await this.assets.insertVersion(manager, {
          assetId,
          number,
          note,
          createdBy: user.id,
        });
        await this.assets.insertFile(manager, {
          versionId: version.id,
          fileId: file.id,
          assetId,
          mediaType: file.mediaType,
          position: 0,
        });
        await this.assets.setCurrentVersion(manager, assetId, version.id, number);
        return version;
      });
      if (version.number > 1) await this.recall.replaced(assetId, version.number);
      return this.versionDto(assetId, version.id);
    } finally {
      await upload.discard();
    }
  }

  /** Another variant (e.g. the PNG next to the PDF) of an existing version. */
  async addVariant(
    user: SessionUser,
    assetId: string,
    number: number,
    request: Request,
  ): Promise<AssetVersionDto> {
    await this.existing(assetId);
    const upload = await this.receive(request);
    try {
      const versionId = await this.context.storedFiles.store(upload.file, user.id, async (manager, file) => {
        await this.lock(manager, assetId);
        const version = await this.assets.findVersion(manager, assetId, number);
        if (!version) throw new DomainError(ErrorCode.NotFound, 'Diese Version gibt es nicht.');
        const count = await this.assets.countFiles(manager, version.id);
        if (count >= ASSET_LIMITS.variants) {
          throw new DomainError(
            ErrorCode.Conflict,
            `Eine Version kann höchstens ${ASSET_LIMITS.variants} Dateien haben.`,
          );
        }
        await this.assets.insertFile(manager, {
          versionId: version.id,
          fileId: file.id,
          assetId,
          mediaType: file.mediaType,
          position: count,
        });
        return version.id;
      });
      return this.versionDto(assetId, versionId);
    } finally {
      await upload.discard();
    }
  }

  async removeVariant(_user: SessionUser, assetId: string, fileId: string): Promise<void> {
    const keys = await this.context.dataSource.transaction(async (manager) => {
      await this.lock(manager, assetId);
      const link = await this.assets.findFile(assetId, fileId, manager);
      if (!link) throw new DomainError(ErrorCode.NotFound, FILE_NOT_FOUND);
      if ((await this.assets.countFiles(manager, link.versionId)) <= 1) {
        throw new DomainError(
          ErrorCode.Conflict,
          'Die letzte Datei einer Version kann nicht entfernt werden. Laden Sie stattdessen eine neue Version hoch.',
        );
      }
      return this.context.storedFiles.deleteRows(manager, [fileId]);
    });
    await this.context.storedFiles.removeContent(keys);
  }

  /**
   * Streams a variant: only of an asset the user may see, of the latest version (older ones for
   * coordinators), after the campaign's terms are accepted. Counted per organisation and day.
   */
  async download(user: SessionUser, assetId: string, fileId: string, request: Request, response: Response) {
    const asset = await this.assetsService.visible(user, assetId);
    const link = await this.assets.findFile(assetId, fileId);
    if (!link?.file) throw new DomainError(ErrorCode.NotFound, FILE_NOT_FOUND);
    if (link.versionId !== asset.currentVersionId && !mayManageCampaigns(user))
      throw new DomainError(ErrorCode.NotFound, FILE_NOT_FOUND);
    await this.campaigns.assertTermsAccepted(user, [asset.campaign]);
    this.context.storedFiles.assertAvailable(link.file, user);
    if (user.organisationId && isFreshDownload(request))
      await this.downloads.count([asset], user.organisationId, this.context.clock.now());
    await this.context.delivery.send(request, response, link.file);
  }

  /** The preview of the latest version (first variant with one); 404 while none is ready. */
  async preview(
    user: SessionUser,
    assetId: string,
    size: FilePreviewSize,
    request: Request,
    response: Response,
  ): Promise<void> {
    const asset = await this.assetsService.visible(user, assetId);
    const files = asset.currentVersionId ? await this.assets.filesOfVersions([asset.currentVersionId]) : [];
    const source = previewSource(files);
    if (!source?.file)
      throw new DomainError(ErrorCode.NotFound, 'Für dieses Material gibt es keine Vorschau.');
    await this.context.storedFiles.sendPreview(request, response, source.file, size);
  }

  /** The selection basket as one ZIP: the latest files of the chosen assets this user may download. */
  async zipSelection(user: SessionUser, ids: readonly string[], request: Request, response: Response) {
    const assets = (await this.assets.visibleByIds(this.assetsService.scope(user), [...new Set(ids)])).filter(
      (asset) => asset.currentVersionId,
    ) as VisibleAsset[];
    if (assets.length === 0)
      throw new DomainError(
        ErrorCode.NotFound,
        'Von Ihrer Auswahl ist nichts (mehr) zum Herunterladen verfügbar.',
      );
    await this.sendZip(user, assets, 'Kampagnenmaterial-Auswahl', request, response);
  }

  /** Everything currently available of a campaign as one ZIP (for coordinators too: no drafts, embargoed or expired). */
  async zipCampaign(user: SessionUser, campaignId: string, request: Request, response: Response) {
    const campaign = await this.campaigns.visible(user, campaignId);
    const now = this.context.clock.now();
    const assets = (
      (await this.assets.visibleOfCampaign(this.assetsService.scope(user), campaignId)) as VisibleAsset[]
    ).filter((asset) => assetState(asset, now) === AssetState.Available);
    if (assets.length === 0)
      throw new DomainError(
        ErrorCode.NotFound,
        'Zu dieser Kampagne gibt es noch kein Material zum Herunterladen.',
      );
    await this.sendZip(user, assets, campaign.name, request, response);
  }

  /**
   * Terms first (409 for the first campaign not accepted), then only scan-cleared files of the
   * latest versions, one folder per asset; counted once per asset for the organisation.
   */
  private async sendZip(
    user: SessionUser,
    assets: readonly VisibleAsset[],
    name: string,
    request: Request,
    response: Response,
  ): Promise<void> {
    await this.campaigns.assertTermsAccepted(
      user,
      assets.map((asset) => asset.campaign),
    );
    const links = await this.assets.filesOfVersions(
      assets.flatMap((asset) => (asset.currentVersionId ? [asset.currentVersionId] : [])),
    );
    const titles = new Map(assets.map((asset) => [asset.id, asset.title]));
    const available = links.flatMap((link) =>
      link.file && this.context.storedFiles.isAvailable(link.file)
        ? [{ assetId: link.assetId, file: link.file }]
        : [],
    );
    const entries = available.map((link) => ({
      path: `${titles.get(link.assetId)}/${link.file.originalName}`,
      file: link.file,
    }));
    if (entries.length === 0)
      throw new DomainError(
        ErrorCode.Conflict,
        'Die Dateien werden noch geprüft. Bitte versuchen Sie es gleich noch einmal.',
      );
    const includedIds = new Set(available.map((link) => link.assetId));
    const included = assets.filter((asset) => includedIds.has(asset.id));
    if (user.organisationId && request.method === 'GET')
      await this.downloads.count(included, user.organisationId, this.context.clock.now());
    await this.context.zips.streamZip(request, response, name, entries);
  }

  private async versionDto(assetId: string, versionId: string): Promise<AssetVersionDto> {
    const version = (await this.assets.versionsOf(assetId)).find((candidate) => candidate.id === versionId);
    if (!version) throw new DomainError(ErrorCode.NotFound, ASSET_GONE);
    // Only coordinators upload: they are told which variant has no searchable text.
    const withoutText = await filesWithoutText(
      this.context.dataSource,
      (version.files ?? []).map((file) => file.fileId),
    );
    return toAssetVersionDto(version, true, false, withoutText);
  }

  private async existing(assetId: string): Promise<void> {
    if (!(await this.assets.findById(assetId))) throw new DomainError(ErrorCode.NotFound, ASSET_GONE);
  }

  private async lock(manager: EntityManager, assetId: string): Promise<CampaignAssetEntity> {
    const asset = await this.assets.lock(manager, assetId);
    if (!asset) throw new DomainError(ErrorCode.NotFound, ASSET_GONE);
    return asset;
  }

  private receive(request: Request): Promise<ReceivedUpload> {
    return this.context.uploads.receive(request, {
      maxBytes: this.context.config.uploadMaxBytes,
      allowed: ALL_MEDIA_TYPES,
    });
  }

  private note(raw: string | undefined): string | null {
    const note = raw?.trim() ?? '';
    if (note.length > ASSET_LIMITS.versionNote) {
      const problem = `Die Notiz darf höchstens ${ASSET_LIMITS.versionNote} Zeichen lang sein.`;
      throw new DomainError(ErrorCode.ValidationFailed, problem, { note: [problem] });
    }
    return note || null;
  }
}
