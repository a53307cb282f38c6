import { Global, Module } from '@nestjs/common';
import { Lifecycle } from './lifecycle.service';
import { MetricsController } from './metrics.controller';
import { Metrics } from './metrics';

/** Running as one of several instances: graceful shutdown, readiness state, metrics. */
@Global()
@Module({
  providers: [Metrics, Lifecycle],
  controllers: [MetricsController],
  exports: [Metrics, Lifecycle],
})
export class OperationsModule {}
