import { Module } from '@nestjs/common';
import { AccountDeletionController, AccountDeletionPolicyController } from './account-deletion.controller';
import { AccountDeletionService } from './account-deletion.service';
import { PersonalDataController } from './personal-data.controller';
import { PersonalDataExportService } from './personal-data-export.service';
import { RetentionService } from './retention.service';

/** DSGVO: „Meine Daten“ (export), account deletion and retention per data class. */
@Module({
  controllers: [PersonalDataController, AccountDeletionController, AccountDeletionPolicyController],
  providers: [PersonalDataExportService, AccountDeletionService, RetentionService],
  exports: [AccountDeletionService, RetentionService],
})
export class PrivacyModule {}
