import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { KitFormat } from '@portal/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { StoredFileEntity } from '../../core/storage/stored-file.entity';
import type { CampaignEntity } from '../campaigns/campaign.entity';
import { KitOutputEntity } from './kit-output.entity';

export type KitOutputWithFile = KitOutputEntity & { file: StoredFileEntity };

export interface KitOutputForDownload {
  output: KitOutputWithFile;
  campaign: CampaignEntity;
  /** The template file the output was made from. */
  source: StoredFileEntity;
}

/** The cache of generated files. */
@Injectable()
export class KitOutputsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Uses campaign_kit_outputs_key_uq. */
  async findCached(
    templateVersionId: string,
    dataHash: string,
    format: KitFormat,
  ): Promise<KitOutputWithFile | null> {
    return (await this.dataSource.getRepository(KitOutputEntity).findOne({
      where: { templateVersionId, dataHash, format },
      relations: { file: true },
    })) as KitOutputWithFile | null;
  }

  async findById(id: string): Promise<KitOutputWithFile | null> {
    return (await this.dataSource.getRepository(KitOutputEntity).findOne({
      where: { id },
      relations: { file: true },
    })) as KitOutputWithFile | null;
  }

  /** With what a download checks: the template's campaign (visibility, terms) and source file (scan). */
  async findForDownload(id: string): Promise<KitOutputForDownload | null> {
    const output = await this.dataSource.getRepository(KitOutputEntity).findOne({
      where: { id },
      relations: { file: true, templateVersion: { file: true, template: { campaign: true } } },
    });
    const campaign = output?.templateVersion?.template?.campaign;
    const source = output?.templateVersion?.file;
    if (!output?.file || !campaign || !source) return null;
    return { output: output as KitOutputWithFile, campaign, source };
  }

  /** Counts a download of a kit file for an organisation today (campaign_kit_downloads, one upsert). */
  async countDownload(campaignId: string, organisationId: string, now: Date): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO campaign_kit_downloads (campaign_id, organisation_id, day, count)
       VALUES ($2, $3, (CAST($1 AS timestamptz) AT TIME ZONE 'Europe/Berlin')::date, 1)
       ON CONFLICT (campaign_id, organisation_id, day) DO UPDATE SET count = campaign_kit_downloads.count + 1`,
      [now.toISOString(), campaignId, organisationId],
    );
  }

  async insert(manager: EntityManager, output: Partial<KitOutputEntity>): Promise<KitOutputEntity> {
    const repository = manager.getRepository(KitOutputEntity);
    return repository.save(repository.create(output));
  }
}
