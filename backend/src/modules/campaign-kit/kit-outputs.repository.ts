import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { KitFormat } from '@portal/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { StoredFileEntity } from '../../core/storage/stored-file.entity';
import { KitOutputEntity } from './kit-output.entity';

export type KitOutputWithFile = KitOutputEntity & { file: StoredFileEntity };

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

  async insert(manager: EntityManager, output: Partial<KitOutputEntity>): Promise<KitOutputEntity> {
    const repository = manager.getRepository(KitOutputEntity);
    return repository.save(repository.create(output));
  }
}
