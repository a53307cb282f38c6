import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CampaignStatus, type KitPageDto, type KitTemplateFormat, type KitZoneDto } from '@portal/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { KeysetPosition } from '../../core/http/keyset-cursor';
import { StoredFileEntity } from '../../core/storage/stored-file.entity';
import type { CampaignEntity } from '../campaigns/campaign.entity';
import { KitTemplateVersionEntity } from './kit-template-version.entity';
import { KitTemplateEntity } from './kit-template.entity';

/** A template with its campaign and its current version (file included). */
export interface KitTemplateRow {
  template: KitTemplateEntity;
  campaign: CampaignEntity;
  campaignName: string;
  current: KitTemplateVersionEntity & { file: StoredFileEntity };
}

export interface KitTemplateListRow {
  id: string;
  title: string;
  campaignId: string;
  campaignName: string;
  currentVersion: number;
  format: KitTemplateFormat;
  zones: KitZoneDto[];
  createdAt: Date;
  updatedAt: Date;
}

/** The only place with queries on templates and their versions. */
@Injectable()
export class KitTemplatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Newest first; one range scan on (created_at, id) — campaign filter via its index. Without
   * `withPreparation` templates of campaigns in preparation are left out (coordinators only).
   */
  async list(
    limit: number,
    after: KeysetPosition | null,
    campaignId: string | undefined,
    withPreparation: boolean,
  ): Promise<KitTemplateListRow[]> {
    const parameters: unknown[] = [limit];
    const conditions: string[] = [];
    if (!withPreparation) {
      parameters.push(CampaignStatus.Preparation);
      conditions.push(`c.status <> $${parameters.length}`);
    }
    if (campaignId) {
      parameters.push(campaignId);
      conditions.push(`t.campaign_id = $${parameters.length}`);
    }
    if (after) {
      parameters.push(after.time, after.id);
      conditions.push(`(t.created_at, t.id) < ($${parameters.length - 1}, $${parameters.length})`);
    }
    const rows: Record<string, unknown>[] = await this.dataSource.query(
      `SELECT t.id, t.title, t.campaign_id, c.name AS campaign_name, t.current_version, v.format, v.zones,
              t.created_at, t.updated_at
         FROM campaign_kit_templates t
         JOIN campaigns c ON c.id = t.campaign_id
         JOIN campaign_kit_template_versions v ON v.template_id = t.id AND v.number = t.current_version
        ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY t.created_at DESC, t.id DESC
        LIMIT $1`,
      parameters,
    );
    return rows.map((row) => ({
      id: row['id'] as string,
      title: row['title'] as string,
      campaignId: row['campaign_id'] as string,
      campaignName: row['campaign_name'] as string,
      currentVersion: row['current_version'] as number,
      format: row['format'] as KitTemplateFormat,
      zones: row['zones'] as KitZoneDto[],
      createdAt: row['created_at'] as Date,
      updatedAt: row['updated_at'] as Date,
    }));
  }

  async find(id: string, manager: EntityManager = this.dataSource.manager): Promise<KitTemplateRow | null> {
    const template = await manager.getRepository(KitTemplateEntity).findOne({
      where: { id },
      relations: { campaign: true },
    });
    if (!template?.campaign) return null;
    const current = await manager.getRepository(KitTemplateVersionEntity).findOne({
      where: { templateId: id, number: template.currentVersion },
      relations: { file: true },
    });
    if (!current?.file) return null;
    return {
      template,
      campaign: template.campaign,
      campaignName: template.campaign.name,
      current: current as KitTemplateRow['current'],
    };
  }

  /** Locks the template row for a change (new version, zones, delete); null when it is gone. */
  async lock(manager: EntityManager, id: string): Promise<KitTemplateEntity | null> {
    return manager
      .getRepository(KitTemplateEntity)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.id = :id', { id })
      .getOne();
  }

  async campaignExists(campaignId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM campaigns WHERE id = $1', [
      campaignId,
    ]);
    return rows.length > 0;
  }

  async campaignOptions(): Promise<{ id: string; name: string }[]> {
    // Few campaigns (a handful per year): bounded by the limit, ordered via campaigns_status_start_idx.
    return this.dataSource.query(`SELECT id, name FROM campaigns ORDER BY status, starts_on DESC LIMIT 100`);
  }

  insertTemplate(manager: EntityManager, template: Partial<KitTemplateEntity>): Promise<KitTemplateEntity> {
    const repository = manager.getRepository(KitTemplateEntity);
    return repository.save(repository.create(template));
  }

  async insertVersion(
    manager: EntityManager,
    version: {
      templateId: string;
      number: number;
      fileId: string;
      format: KitTemplateFormat;
      pages: KitPageDto[];
      zones: KitZoneDto[];
    },
  ): Promise<KitTemplateVersionEntity> {
    const repository = manager.getRepository(KitTemplateVersionEntity);
    return repository.save(repository.create(version));
  }

  async setCurrentVersion(
    manager: EntityManager,
    template: KitTemplateEntity,
    number: number,
  ): Promise<void> {
    await manager.query(
      `UPDATE campaign_kit_templates SET current_version = $2, version = version + 1, updated_at = now() WHERE id = $1`,
      [template.id, number],
    );
  }

  async setZones(
    manager: EntityManager,
    template: KitTemplateEntity,
    versionId: string,
    zones: KitZoneDto[],
  ): Promise<void> {
    await manager.getRepository(KitTemplateVersionEntity).update({ id: versionId }, { zones });
    // The zones are part of the template's optimistic lock.
    await manager.query(
      `UPDATE campaign_kit_templates SET version = version + 1, updated_at = now() WHERE id = $1`,
      [template.id],
    );
  }

  /** Files of every version and every generated output of a template (to delete with it). */
  async fileIdsOf(manager: EntityManager, templateId: string): Promise<string[]> {
    const rows: { file_id: string }[] = await manager.query(
      `SELECT v.file_id FROM campaign_kit_template_versions v WHERE v.template_id = $1
       UNION
       SELECT o.file_id FROM campaign_kit_outputs o
         JOIN campaign_kit_template_versions v ON v.id = o.template_version_id
        WHERE v.template_id = $1`,
      [templateId],
    );
    return rows.map((row) => row.file_id);
  }

  async deleteTemplate(manager: EntityManager, id: string): Promise<void> {
    await manager.getRepository(KitTemplateEntity).delete({ id });
  }
}
