import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Clock } from '../../core/clock/clock';
import { FileDelivery } from '../../core/storage/file-delivery.service';
import { StoredFilesService } from '../../core/storage/stored-files.service';
import { UploadReceiver } from '../../core/storage/upload-receiver';
import { ZipStreamer } from '../../core/storage/zip-stream';

/** The storage and infrastructure pieces the file service needs, bundled (keeps the constructor short). */
@Injectable()
export class FilesContext {
  constructor(
    readonly uploads: UploadReceiver,
    readonly storedFiles: StoredFilesService,
    readonly delivery: FileDelivery,
    readonly zips: ZipStreamer,
    readonly clock: Clock,
    @InjectDataSource() readonly dataSource: DataSource,
    @Inject(APP_CONFIG) readonly config: AppConfig,
  ) {}
}
