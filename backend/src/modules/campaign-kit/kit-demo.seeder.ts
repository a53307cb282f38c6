import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { MediaType } from '../../core/storage/media-types';
import { DEMO_CAMPAIGN_ID } from '../campaigns/campaigns-demo';
import { OrganisationEntity } from '../organisations/organisation.entity';
import {
  DEMO_KIT_PROFILES,
  DEMO_POSTER_SIZE,
  DEMO_POSTER_ZONES,
  DEMO_TEMPLATE_TITLE,
  demoPosterTemplate,
} from './kit-demo';
import { KitFileStore } from './kit-file-store';
import { KitTemplatesRepository } from './kit-templates.repository';

/** Demo content of the kit: profile data of a few Jobcenter and the personalisable poster. */
@Injectable()
export class KitDemoSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly files: KitFileStore,
    private readonly templates: KitTemplatesRepository,
  ) {}

  /** Returns the number of organisations given demo profile data. */
  async seed(): Promise<number> {
    const organisations = this.dataSource.getRepository(OrganisationEntity);
    let profiles = 0;
    for (const [key, profile] of Object.entries(DEMO_KIT_PROFILES)) {
      // Only empty profiles: what people entered themselves stays.
      const result = await organisations.update(
        { key, street: IsNull(), phone: IsNull(), website: IsNull() },
        profile,
      );
      profiles += result.affected ?? 0;
    }
    const pdf = await demoPosterTemplate();
    await this.files.storeBytes(
      pdf,
      'plakat-a4-stark-sozial-vor-ort.pdf',
      MediaType.Pdf,
      null,
      async (manager, file) => {
        const template = await this.templates.insertTemplate(manager, {
          campaignId: DEMO_CAMPAIGN_ID,
          title: DEMO_TEMPLATE_TITLE,
          currentVersion: 1,
          createdBy: null,
        });
        await this.templates.insertVersion(manager, {
          templateId: template.id,
          number: 1,
          fileId: file.id,
          format: 'pdf',
          pages: [{ width: round(DEMO_POSTER_SIZE.width), height: round(DEMO_POSTER_SIZE.height) }],
          zones: DEMO_POSTER_ZONES,
        });
      },
    );
    return profiles;
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
