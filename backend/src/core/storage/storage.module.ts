import { Global, Module } from '@nestjs/common';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { FileDelivery } from './file-delivery.service';
import { FileStorage } from './file-storage';
import { LocalFileStorage } from './local-file-storage';
import { OrphanSweep } from './orphan-sweep';
import { S3FileStorage } from './s3-file-storage';
import { FileProcessingService } from './processing/file-processing.service';
import { FileScanEvents } from './processing/file-scan-events';
import { StagingJanitor } from './staging-janitor';
import { StoredFilesService } from './stored-files.service';
import { UploadReceiver } from './upload-receiver';
import { ZipStreamer } from './zip-stream';

/**
 * The portal's one file store: the local driver under `<DATA_DIR>/files`, or an S3-compatible
 * bucket with `STORAGE_DRIVER=s3`.
 */
@Global()
@Module({
  providers: [
    {
      provide: FileStorage,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        config.storage.s3
          ? // Uploads are received into a local staging directory first (size, hash, type check).
            new S3FileStorage(config.storage.s3, join(config.dataDir, 'upload-staging'))
          : new LocalFileStorage(join(config.dataDir, 'files')),
    },
    UploadReceiver,
    FileProcessingService,
    FileScanEvents,
    StoredFilesService,
    FileDelivery,
    ZipStreamer,
    StagingJanitor,
    OrphanSweep,
  ],
  exports: [FileStorage, FileScanEvents, UploadReceiver, StoredFilesService, FileDelivery, ZipStreamer],
})
export class StorageModule {}
