import { Global, Module } from '@nestjs/common';
import { AuditEntriesRepository } from './audit-entries.repository';
import { AuditController } from './audit.controller';
import { AuditLog } from './audit-log';

/** One audit log for the whole portal: features inject `AuditLog` and record what they do. */
@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditLog, AuditEntriesRepository],
  exports: [AuditLog],
})
export class AuditModule {}
