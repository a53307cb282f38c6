import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { StoredFileEntity } from '../../core/storage/stored-file.entity';
import { CampaignAssetVersionEntity } from './campaign-asset-version.entity';

/** A file (variant: PDF, PNG, SVG …) of an asset version. */
@Entity({ name: 'campaign_asset_files' })
export class CampaignAssetFileEntity {
  /** With fileId the primary key; serves „the files of these versions“. */
  @PrimaryColumn('uuid')
  versionId!: string;

  @Index('campaign_asset_files_file_uq', { unique: true })
  @PrimaryColumn('uuid')
  fileId!: string;

  /** Denormalised for the format filter and the download lookup (asset, file) in one index. */
  @Index('campaign_asset_files_asset_idx')
  @Column({ type: 'uuid' })
  assetId!: string;

  /** Copied from the stored file: the gallery filters by it. */
  @Index('campaign_asset_files_media_type_idx')
  @Column({ type: 'text' })
  mediaType!: string;

  @Column({ type: 'integer', default: 0 })
  position!: number;

  @ManyToOne(() => CampaignAssetVersionEntity, (version) => version.files, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'version_id' })
  assetVersion?: CampaignAssetVersionEntity;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'file_id' })
  file?: StoredFileEntity;
}
