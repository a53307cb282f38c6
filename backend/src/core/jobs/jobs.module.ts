import { Global, Module } from '@nestjs/common';
import { JobQueue } from './job-queue';

/** The one job queue of the portal (pg-boss on the app's PostgreSQL). */
@Global()
@Module({ providers: [JobQueue], exports: [JobQueue] })
export class JobsModule {}
