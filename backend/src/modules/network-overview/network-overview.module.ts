import { Module } from '@nestjs/common';
import { ActivityRecorder } from './activity-recorder';
import { NetworkOverviewController } from './network-overview.controller';
import { NetworkOverviewRepository } from './network-overview.repository';
import { NetworkOverviewService } from './network-overview.service';

/** Netzwerk-Übersicht for the coordination, and the daily activity marks it counts. */
@Module({
  controllers: [NetworkOverviewController],
  providers: [NetworkOverviewRepository, NetworkOverviewService, ActivityRecorder],
  exports: [ActivityRecorder],
})
export class NetworkOverviewModule {}
