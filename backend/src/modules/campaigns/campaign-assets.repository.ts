import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AssetType, Role } from '@portal/contracts';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { PreparedReads } from '../../core/database/prepared-reads';
import type { AssetPosition } from './campaign-asset-cursor';
import { gallerySql, type GalleryRow } from './campaign-gallery.sql';
import { CampaignAssetFileEntity } from './campaign-asset-file.entity';
import { CampaignAssetVersionEntity } from './campaign-asset-version.entity';
import { CampaignAssetEntity } from './campaign-asset.entity';

export interface AssetFilter {
  campaignId?: string;
  type?: AssetType;
  mediaType?: string;
  tag?: string;
  ids?: readonly string[];
}

/** Who is asking: coordinators (`all`) see every asset; others what `whereVisible` lets through. */
export type AssetScope = { all: true } | { all: false; roles: readonly Role[]; now: Date };

/** Queries of assets, versions and their files; the only place with their SQL. */
@Injectable()
export class CampaignAssetsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reads: PreparedReads,
  ) {}

  private assets(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(CampaignAssetEntity);
  }

  /**
   * The SQL twin of `maySeeAsset`: a visible campaign, a current version, past the embargo,
   * before expiry, and no role list or one naming a role of the viewer.
   */
  private whereVisible(query: SelectQueryBuilder<CampaignAssetEntity>, scope: AssetScope): void {
    if (scope.all) return;
    query
      .andWhere(`campaign.status <> 'preparation'`)
      .andWhere('asset.currentVersionId IS NOT NULL')
      .andWhere('(asset.availableFrom IS NULL OR asset.availableFrom <= :now)', { now: scope.now })
      .andWhere('(asset.expiresAt IS NULL OR asset.expiresAt > :now)', { now: scope.now })
      .andWhere(`(cardinality(asset.roles) = 0 OR asset.roles && CAST(:viewerRoles AS text[]))`, {
        viewerRoles: [...scope.roles],
      });
  }

  private filtered(scope: AssetScope, filter: AssetFilter): SelectQueryBuilder<CampaignAssetEntity> {
    const query = this.assets().createQueryBuilder('asset').innerJoinAndSelect('asset.campaign', 'campaign');
    this.whereVisible(query, scope);
    if (filter.campaignId)
      query.andWhere('asset.campaignId = :campaignId', { campaignId: filter.campaignId });
    if (filter.type) query.andWhere('asset.type = :type', { type: filter.type });
    // Case-blind, matching campaign_assets_tags_folded_idx's expression.
    if (filter.tag)
      query.andWhere('campaign_tags_folded(asset.tags) @> ARRAY[lower(CAST(:tag AS text))]', {
        tag: filter.tag,
      });
    if (filter.ids)
      query.andWhere('asset.id IN (:...ids)', { ids: filter.ids.length ? [...filter.ids] : [null] });
    if (filter.mediaType) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM campaign_asset_files variant
                 WHERE variant.asset_id = asset.id AND variant.version_id = asset.current_version_id
                   AND variant.media_type = :mediaType)`,
        { mediaType: filter.mediaType },
      );
    }
    return query;
  }

  /**
   * One keyset page of the gallery with campaign and current variants, in one prepared statement
   * (`gallerySql`, generic plan). Served by campaign_assets_created_idx / _campaign_created_idx /
   * _title_idx; tags by the folded gin index.
   */
  page(
    scope: AssetScope,
    filter: AssetFilter,
    after: AssetPosition | undefined,
    sort: AssetPosition['sort'],
    limit: number,
  ): Promise<GalleryRow[]> {
    const { text, values } = gallerySql(scope, filter, after, sort, limit);
    return this.reads.rows<GalleryRow>(text, values);
  }

  /** Assets by id that this scope may see (selection ZIP), with their campaign. */
  visibleByIds(scope: AssetScope, ids: readonly string[]): Promise<CampaignAssetEntity[]> {
    return this.filtered(scope, { ids }).orderBy('asset.title', 'ASC').getMany();
  }

  /** Every asset of a campaign this scope may see (campaign ZIP). */
  visibleOfCampaign(scope: AssetScope, campaignId: string): Promise<CampaignAssetEntity[]> {
    return this.filtered(scope, { campaignId }).orderBy('asset.title', 'ASC').getMany();
  }

  findById(id: string, manager?: EntityManager): Promise<CampaignAssetEntity | null> {
    return this.assets(manager).findOne({ where: { id }, relations: { campaign: true } });
  }

  /** The asset row locked until the transaction ends (version numbers, one upload at a time). */
  lock(manager: EntityManager, id: string): Promise<CampaignAssetEntity | null> {
    return this.assets(manager)
      .createQueryBuilder('asset')
      .setLock('pessimistic_write')
      .where('asset.id = :id', { id })
      .getOne();
  }

  insert(values: Partial<CampaignAssetEntity>): Promise<CampaignAssetEntity> {
    return this.assets().save(this.assets().create(values));
  }

  /** Applies the change only if nobody changed the asset since `version` was read. */
  async updateIfVersion(
    id: string,
    version: number,
    changes: Partial<CampaignAssetEntity>,
  ): Promise<boolean> {
    const result = await this.assets()
      .createQueryBuilder()
      .update(CampaignAssetEntity)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async setCurrentVersion(
    manager: EntityManager,
    id: string,
    versionId: string,
    number: number,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .update(CampaignAssetEntity)
      .set({ currentVersionId: versionId, latestVersion: number, updatedAt: () => 'now()' })
      .where('id = :id', { id })
      .execute();
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await this.assets(manager).delete({ id });
  }

  /** Files of these versions with their stored-file rows, in one query. */
  filesOfVersions(versionIds: readonly string[]): Promise<CampaignAssetFileEntity[]> {
    if (versionIds.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(CampaignAssetFileEntity).find({
      where: { versionId: In([...versionIds]) },
      relations: { file: true },
      order: { position: 'ASC' },
    });
  }

  /** All versions of an asset, newest first, with files (one query; the number index). */
  versionsOf(assetId: string): Promise<CampaignAssetVersionEntity[]> {
    return this.dataSource.getRepository(CampaignAssetVersionEntity).find({
      where: { assetId },
      relations: { files: { file: true } },
      order: { number: 'DESC', files: { position: 'ASC' } },
    });
  }

  findVersion(
    manager: EntityManager,
    assetId: string,
    number: number,
  ): Promise<CampaignAssetVersionEntity | null> {
    return manager.getRepository(CampaignAssetVersionEntity).findOneBy({ assetId, number });
  }

  insertVersion(
    manager: EntityManager,
    values: Partial<CampaignAssetVersionEntity>,
  ): Promise<CampaignAssetVersionEntity> {
    const repository = manager.getRepository(CampaignAssetVersionEntity);
    return repository.save(repository.create(values));
  }

  async insertFile(manager: EntityManager, values: Partial<CampaignAssetFileEntity>): Promise<void> {
    await manager.getRepository(CampaignAssetFileEntity).insert(values);
  }

  async countFiles(manager: EntityManager, versionId: string): Promise<number> {
    return manager.getRepository(CampaignAssetFileEntity).count({ where: { versionId } });
  }

  /** One file of an asset with its version and stored-file row (campaign_asset_files_file_uq). */
  findFile(
    assetId: string,
    fileId: string,
    manager?: EntityManager,
  ): Promise<CampaignAssetFileEntity | null> {
    return (manager ?? this.dataSource.manager).getRepository(CampaignAssetFileEntity).findOne({
      where: { assetId, fileId },
      relations: { file: true, assetVersion: true },
    });
  }

  async fileIdsOfAsset(manager: EntityManager, assetId: string): Promise<string[]> {
    const rows = await manager
      .getRepository(CampaignAssetFileEntity)
      .find({ where: { assetId }, select: { fileId: true } });
    return rows.map((row) => row.fileId);
  }

  /** Expired assets whose downloaders have not been told yet (campaign_assets_expiry_idx). */
  expiredUnrecalled(now: Date, limit: number): Promise<CampaignAssetEntity[]> {
    return this.assets()
      .createQueryBuilder('asset')
      .where('asset.expiryRecalledAt IS NULL')
      .andWhere('asset.expiresAt <= :now', { now })
      .orderBy('asset.expiresAt', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** Marks the expiry recall as sent; false when another worker was first. */
  async markExpiryRecalled(id: string, now: Date): Promise<boolean> {
    const result = await this.assets()
      .createQueryBuilder()
      .update(CampaignAssetEntity)
      .set({ expiryRecalledAt: now })
      .where('id = :id AND expiry_recalled_at IS NULL', { id })
      .execute();
    return (result.affected ?? 0) === 1;
  }
}
