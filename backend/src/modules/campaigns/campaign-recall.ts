import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Clock } from '../../core/clock/clock';
import { JobQueue } from '../../core/jobs/job-queue';
import { NotificationsService } from '../notifications';
import type { CampaignAssetEntity } from './campaign-asset.entity';
import { CampaignAssetsRepository } from './campaign-assets.repository';
import { CampaignDownloadsRepository } from './campaign-downloads.repository';

const RECALL_JOB = 'campaigns.recall';
const EXPIRY_JOB = 'campaigns.expiry-sweep';
const BATCH = 50;

interface RecallJob {
  assetId: string;
  reason: 'replaced' | 'expired';
  /** The new version (replaced). */
  versionNumber?: number;
}

/**
 * Recall: when an asset gets a new version or expires, the Jobcenter that downloaded it — their
 * managers and editors — are told, in the portal and per their mail settings, where the
 * replacement is. Runs in the job queue; a repeated job notifies nobody twice (source key).
 */
@Injectable()
export class CampaignRecall implements OnModuleInit {
  private readonly logger = new Logger(CampaignRecall.name);

  constructor(
    private readonly assets: CampaignAssetsRepository,
    private readonly downloads: CampaignDownloadsRepository,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.register<RecallJob>(RECALL_JOB, (data) => this.recall(data));
    this.jobs.register(EXPIRY_JOB, () => this.recallExpired().then(() => undefined), {
      cron: '*/5 * * * *',
    });
  }

  /** After a new version was stored (outside its transaction). */
  async replaced(assetId: string, versionNumber: number): Promise<void> {
    await this.jobs.send<RecallJob>(RECALL_JOB, { assetId, reason: 'replaced', versionNumber });
  }

  /** Recalls every asset that has expired and was not recalled yet; returns how many. */
  async recallExpired(): Promise<number> {
    let recalled = 0;
    for (;;) {
      const due = await this.assets.expiredUnrecalled(this.clock.now(), BATCH);
      for (const asset of due) {
        // Notify first, then mark: a crash in between repeats the (idempotent) notification.
        await this.notify(asset, 'expired');
        if (await this.assets.markExpiryRecalled(asset.id, this.clock.now())) recalled++;
      }
      if (due.length < BATCH) return recalled;
    }
  }

  private async recall(job: RecallJob): Promise<void> {
    const asset = await this.assets.findById(job.assetId);
    if (!asset) return; // deleted meanwhile: nothing to point to
    await this.notify(asset, job.reason, job.versionNumber);
  }

  private async notify(asset: CampaignAssetEntity, reason: RecallJob['reason'], versionNumber?: number) {
    const recipients = await this.downloads.recallRecipients(asset.id, asset.roles);
    if (recipients.length === 0) return;
    const replacementId = reason === 'replaced' ? asset.id : (asset.replacementId ?? null);
    const link = replacementId ? `/kampagnen/material/${replacementId}` : `/kampagnen/${asset.campaignId}`;
    const text =
      reason === 'replaced'
        ? `Von „${asset.title}“ gibt es eine neue Fassung (Version ${versionNumber}). Bitte verwenden Sie ab sofort die neue Datei und ersetzen Sie ältere Ausdrucke und Beiträge.`
        : `„${asset.title}“ ist abgelaufen und darf nicht mehr verwendet werden.${
            replacementId ? ' Bitte verwenden Sie stattdessen das neue Material.' : ''
          }`;
    const result = await this.notifications.notifyUsers(recipients, {
      kind: 'campaign-recall',
      title: reason === 'replaced' ? `Neue Fassung: ${asset.title}` : `Abgelaufen: ${asset.title}`,
      text,
      link,
      source:
        reason === 'replaced'
          ? { type: 'campaign-asset-version', id: `${asset.id}:${versionNumber}` }
          : { type: 'campaign-asset-expiry', id: `${asset.id}:${asset.expiresAt?.toISOString()}` },
    });
    this.logger.log({ assetId: asset.id, reason, notified: result.inserted }, 'Campaign asset recalled');
  }
}
