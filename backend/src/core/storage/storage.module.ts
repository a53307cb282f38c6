import { Global, Module } from '@nestjs/common';
import { join } from 'node:path';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { FileDelivery } from './file-delivery.service';
import { FileStorage } from './file-storage';
import { LocalFileStorage } from './local-file-storage';
import { StoredFilesService } from './stored-files.service';
import { UploadReceiver } from './upload-receiver';
import { ZipStreamer } from './zip-stream';

/**
 * The portal's one file store. Today the local driver under `<DATA_DIR>/files`; an S3-compatible
 * driver will be chosen here by configuration.
 */
@Global()
@Module({
  providers: [
    {
      provide: FileStorage,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new LocalFileStorage(join(config.dataDir, 'files')),
    },
    UploadReceiver,
    StoredFilesService,
    FileDelivery,
    ZipStreamer,
  ],
  exports: [FileStorage, UploadReceiver, StoredFilesService, FileDelivery, ZipStreamer],
})
export class StorageModule {}
