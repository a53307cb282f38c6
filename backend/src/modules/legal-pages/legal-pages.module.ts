import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { AccessibilityFeedbackService } from './accessibility-feedback.service';
import { AccessibilityFeedbackController, LegalPagesController } from './legal-pages.controller';
import { LegalPagesService } from './legal-pages.service';

/** Impressum, Datenschutzerklärung, Erklärung zur Barrierefreiheit (with its feedback form). */
@Module({
  imports: [NotificationsModule],
  controllers: [LegalPagesController, AccessibilityFeedbackController],
  providers: [LegalPagesService, AccessibilityFeedbackService],
})
export class LegalPagesModule {}
