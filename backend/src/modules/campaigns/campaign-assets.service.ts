import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ASSET_FORMATS,
  IMAGE_ASSET_TYPES,
  hasPermission,
  Permission,
  type AssetDto,
  type AssetListDto,
  type AssetListQuery,
  type SaveAssetRequest,
  type UpdateAssetRequest,
} from '@portal/contracts';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../../core/auth/session-user';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { StoredFilesService } from '../../core/storage/stored-files.service';
import { filesWithoutText } from '../search/extraction/files-without-text';
import { decodeAssetCursor, encodeAssetCursor } from './campaign-asset-cursor';
import { mayManageCampaigns, maySeeAsset } from './campaign-asset.policy';
import type { CampaignAssetEntity } from './campaign-asset.entity';
import { CampaignAssetsRepository, type AssetScope } from './campaign-assets.repository';
import { CampaignRecall } from './campaign-recall';
import { galleryAsset } from './campaign-gallery.sql';
import type { CampaignEntity } from './campaign.entity';
import { toAssetDto, toAssetSummary } from './campaign.mapper';
import { CampaignsService } from './campaigns.service';

export type VisibleAsset = CampaignAssetEntity & { campaign: CampaignEntity };

const NOT_FOUND = 'Dieses Material gibt es nicht (mehr).';
const STALE =
  'Das Material wurde inzwischen geändert. Bitte laden Sie es neu und übernehmen Sie Ihre Änderungen erneut.';

/** Campaign assets: gallery, detail, and the coordinators' create/edit/delete. */
@Injectable()
export class CampaignAssetsService {
  constructor(
    private readonly assets: CampaignAssetsRepository,
    private readonly campaigns: CampaignsService,
    private readonly storedFiles: StoredFilesService,
    private readonly recall: CampaignRecall,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  scope(user: SessionUser): AssetScope {
    return mayManageCampaigns(user)
      ? { all: true }
      : { all: false, roles: user.roles, now: this.clock.now() };
  }

  async list(user: SessionUser, query: AssetListQuery): Promise<AssetListDto> {
    const sort = query.sort ?? 'newest';
    const limit = query.limit ?? 20;
    const after = query.cursor ? decodeAssetCursor(query.cursor, sort) : undefined;
    const rows = await this.assets.page(
      this.scope(user),
      {
        campaignId: query.campaignId,
        type: query.type,
        tag: query.tag,
        mediaType: query.format ? ASSET_FORMATS[query.format] : undefined,
      },
      after,
      sort,
      limit + 1,
    );
    const page = rows.slice(0, limit);
    const now = this.clock.now();
    const last = page.at(-1);
    return {
      items: page.map((row) => {
        const { asset, variants } = galleryAsset(row);
        return toAssetSummary(asset, variants, now);
      }),
      nextCursor:
        rows.length > limit && last
          ? encodeAssetCursor({
              sort,
              value: sort === 'title' ? last.title : last.createdAt.toISOString(),
              id: last.id,
            })
          : null,
    };
  }

  async get(user: SessionUser, id: string): Promise<AssetDto> {
    const asset = await this.visible(user, id);
    const versions = await this.assets.versionsOf(id);
    const accepted = await this.campaigns.acceptedOf(user, [asset.campaign]);
    const manage = mayManageCampaigns(user);
    // One query for all variants of all versions, and only for coordinators: nobody else can act
    // on a scanned PDF.
    const withoutText = manage
      ? await filesWithoutText(
          this.dataSource,
          versions.flatMap((version) => (version.files ?? []).map((file) => file.fileId)),
        )
      : null;
    return toAssetDto(asset, versions, {
      manage,
      withoutText,
      inspect: hasPermission(user.roles, Permission.FilesInspect),
      termsAccepted: accepted.has(asset.campaignId),
      now: this.clock.now(),
      replacement: await this.visibleReplacement(user, asset.replacementId),
    });
  }

  /** The replacement only if this user may see it (a link to a 404 helps nobody). */
  private async visibleReplacement(
    user: SessionUser,
    id: string | null,
  ): Promise<CampaignAssetEntity | null> {
    if (!id) return null;
    const replacement = await this.assets.findById(id);
    return replacement?.campaign &&
      maySeeAsset(user, replacement, replacement.campaign.status, this.clock.now())
      ? replacement
      : null;
  }

  /** The asset if this user may see it right now; 404 otherwise (embargo, expiry, roles). */
  async visible(user: SessionUser, id: string): Promise<VisibleAsset> {
    const asset = await this.assets.findById(id);
    if (!asset?.campaign || !maySeeAsset(user, asset, asset.campaign.status, this.clock.now()))
      throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    return asset as VisibleAsset;
  }

  async create(user: SessionUser, request: SaveAssetRequest): Promise<AssetDto> {
    const campaign = await this.campaigns.visible(user, request.campaignId);
    this.assertConsistent(request);
    await this.assertReplacement(user, request.replacementId, null);
    const created = await this.assets.insert({
      ...this.values(request),
      campaignId: campaign.id,
      createdBy: user.id,
    });
    return this.get(user, created.id);
  }

  async update(user: SessionUser, id: string, request: UpdateAssetRequest): Promise<AssetDto> {
    const current = await this.assets.findById(id);
    if (!current) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    this.assertConsistent(request);
    await this.assertReplacement(user, request.replacementId, id);
    if (current.version !== request.version) throw new DomainError(ErrorCode.Conflict, STALE);
    const changes = this.values(request);
    // A new expiry date is a new chance to recall: the expiry job looks again.
    const expiryChanged = (current.expiresAt?.getTime() ?? null) !== (changes.expiresAt?.getTime() ?? null);
    if (
      !(await this.assets.updateIfVersion(id, request.version, {
        ...changes,
        ...(expiryChanged ? { expiryRecalledAt: null } : {}),
      }))
    )
      throw new DomainError(ErrorCode.Conflict, STALE);
    // A newly named replacement recalls the old asset from those who downloaded it.
    if (changes.replacementId && changes.replacementId !== current.replacementId)
      await this.recall.superseded(id, changes.replacementId);
    return this.get(user, id);
  }

  /** Deletes the asset with all versions and files (rows in one transaction, contents after). */
  async delete(_user: SessionUser, id: string): Promise<void> {
    const keys = await this.dataSource.transaction(async (manager) => {
      const asset = await this.assets.lock(manager, id);
      if (!asset) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
      const keys = await this.storedFiles.deleteRows(manager, await this.assets.fileIdsOfAsset(manager, id));
      await this.assets.delete(manager, id);
      return keys;
    });
    await this.storedFiles.removeContent(keys);
  }

  private assertConsistent(request: Omit<SaveAssetRequest, 'campaignId'>): void {
    const errors: Record<string, string[]> = {};
    if (IMAGE_ASSET_TYPES.includes(request.type) && !request.altText?.trim())
      errors['altText'] = ['Bitte beschreiben Sie das Bild mit einem Alternativtext.'];
    if (
      request.availableFrom &&
      request.expiresAt &&
      new Date(request.expiresAt).getTime() <= new Date(request.availableFrom).getTime()
    )
      errors['expiresAt'] = ['Das Ablaufdatum muss nach der Sperrfrist liegen.'];
    const [first] = Object.values(errors);
    if (first) throw new DomainError(ErrorCode.ValidationFailed, first[0], errors);
  }

  /** The replacement must be another asset this user can see, not one this asset replaces. */
  private async assertReplacement(
    user: SessionUser,
    replacementId: string | null | undefined,
    ownId: string | null,
  ): Promise<void> {
    if (!replacementId) return;
    const replacement = replacementId === ownId ? null : await this.assets.findById(replacementId);
    const problem =
      replacementId === ownId
        ? 'Ein Material kann sich nicht selbst ersetzen.'
        : !replacement?.campaign ||
            !maySeeAsset(user, replacement, replacement.campaign.status, this.clock.now())
          ? 'Das ersetzende Material gibt es nicht.'
          : ownId && replacement.replacementId === ownId
            ? 'Das gewählte Material wird bereits durch dieses ersetzt. Bitte wählen Sie ein anderes.'
            : undefined;
    if (problem) throw new DomainError(ErrorCode.ValidationFailed, problem, { replacementId: [problem] });
  }

  private values(request: Omit<SaveAssetRequest, 'campaignId'>): Partial<CampaignAssetEntity> {
    return {
      title: request.title,
      description: request.description,
      type: request.type,
      tags: request.tags,
      altText: request.altText?.trim() || null,
      availableFrom: request.availableFrom ? new Date(request.availableFrom) : null,
      expiresAt: request.expiresAt ? new Date(request.expiresAt) : null,
      roles: [...new Set(request.roles)],
      replacementId: request.replacementId ?? null,
    };
  }
}
