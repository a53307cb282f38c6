import { Global, Module } from '@nestjs/common';
import { AudienceViewerService } from './audience-viewer.service';

@Global()
@Module({
  providers: [AudienceViewerService],
  exports: [AudienceViewerService],
})
export class AudienceModule {}
