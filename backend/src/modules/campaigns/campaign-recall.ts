import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Clock } from '../../core/clock/clock';
import { JobQueue } from '../../core/jobs/job-queue';
import { NotificationsService } from '../notifications';
import type { CampaignAssetEntity } from './campaign-asset.entity';
import { maySeeAsset } from './campaign-asset.policy';
import { CampaignAssetsRepository } from './campaign-assets.repository';
import { CampaignDownloadsRepository } from './campaign-downloads.repository';

const RECALL_JOB = 'campaigns.recall';
const EXPIRY_JOB = 'campaigns.expiry-sweep';
const BATCH = 50;

interface RecallJob {
  assetId: string;
  /** replaced: a new version; superseded: another asset was named as its replacement. */
  reason: 'replaced' | 'expired' | 'superseded';
  /** The new version (replaced). */
  versionNumber?: number;
  /** The replacing asset (superseded). */
  replacementId?: string;
}

interface RecallMessage {
  title: string;
  text: string;
  link: string;
  source: { type: string; id: string };
}

/**
 * Recall: when an asset gets a new version, is replaced by another asset or expires, the Jobcenter
 * that downloaded it — their managers and editors — are told, in the portal and per their mail
 * settings, where the replacement is. Runs in the job queue; a repeated job notifies nobody twice (source key).
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

  /** After a coordinator named another asset as this one's replacement. */
  async superseded(assetId: string, replacementId: string): Promise<void> {
    await this.jobs.send<RecallJob>(RECALL_JOB, { assetId, reason: 'superseded', replacementId });
  }

  /** Recalls every asset that has expired and was not recalled yet; returns how many. */
  async recallExpired(): Promise<number> {
    let recalled = 0;
    for (;;) {
      const due = await this.assets.expiredUnrecalled(this.clock.now(), BATCH);
      for (const asset of due) {
        // Notify first, then mark: a crash in between repeats the (idempotent) notification.
        await this.notify(asset, (link) => this.expiredMessage(asset, link));
        if (await this.assets.markExpiryRecalled(asset.id, this.clock.now())) recalled++;
      }
      if (due.length < BATCH) return recalled;
    }
  }

  private async recall(job: RecallJob): Promise<void> {
    const asset = await this.assets.findById(job.assetId);
    if (!asset) return; // deleted meanwhile: nothing to point to
    if (job.reason === 'superseded') {
      // Changed again meanwhile: the job of the newer replacement tells about that one.
      if (!job.replacementId || asset.replacementId !== job.replacementId) return;
      const replacement = await this.assets.findById(job.replacementId);
      if (replacement) await this.notify(asset, (link) => this.supersededMessage(asset, replacement, link));
      return;
    }
    await this.notify(asset, (link) =>
      job.reason === 'replaced'
        ? this.newVersionMessage(asset, job.versionNumber)
        : this.expiredMessage(asset, link),
    );
  }

  private newVersionMessage(asset: CampaignAssetEntity, versionNumber?: number): RecallMessage {
    return {
      title: `Neue Fassung: ${asset.title}`,
      text: `Von „${asset.title}“ gibt es eine neue Fassung (Version ${versionNumber}). Bitte verwenden Sie ab sofort die neue Datei und ersetzen Sie ältere Ausdrucke und Beiträge.`,
      link: `/kampagnen/material/${asset.id}`,
      source: { type: 'campaign-asset-version', id: `${asset.id}:${versionNumber}` },
    };
  }

  private supersededMessage(
    asset: CampaignAssetEntity,
    replacement: CampaignAssetEntity,
    linkReplacement: boolean,
  ): RecallMessage {
    return {
      title: `Ersetzt: ${asset.title}`,
      // Neither the title nor a link of a replacement the recipient may not see.
      text: linkReplacement
        ? `„${asset.title}“ wurde durch „${replacement.title}“ ersetzt. Bitte verwenden Sie ab sofort das neue Material und ersetzen Sie ältere Ausdrucke und Beiträge.`
        : `„${asset.title}“ wurde ersetzt und soll nicht mehr verwendet werden. Bitte ersetzen Sie ältere Ausdrucke und Beiträge.`,
      link: linkReplacement ? `/kampagnen/material/${replacement.id}` : `/kampagnen/${asset.campaignId}`,
      // Once per (asset, replacement): naming the same replacement again notifies nobody twice.
      source: { type: 'campaign-asset-replacement', id: `${asset.id}:${replacement.id}` },
    };
  }

  private expiredMessage(asset: CampaignAssetEntity, linkReplacement: boolean): RecallMessage {
    const replacementId = linkReplacement ? asset.replacementId : null;
    return {
      title: `Abgelaufen: ${asset.title}`,
      text: `„${asset.title}“ ist abgelaufen und darf nicht mehr verwendet werden.${
        replacementId ? ' Bitte verwenden Sie stattdessen das neue Material.' : ''
      }`,
      link: replacementId ? `/kampagnen/material/${replacementId}` : `/kampagnen/${asset.campaignId}`,
      source: { type: 'campaign-asset-expiry', id: `${asset.id}:${asset.expiresAt?.toISOString()}` },
    };
  }

  /**
   * Sends the message built with the replacement linked to recipients who may see the replacement,
   * and the one without it to the others (role visibility, embargo, campaign in preparation):
   * a link that answers 404 helps nobody and would name material they may not see.
   */
  private async notify(
    asset: CampaignAssetEntity,
    message: (linkReplacement: boolean) => RecallMessage,
  ): Promise<void> {
    const recipients = await this.downloads.recallRecipients(asset.id, asset.roles);
    if (recipients.length === 0) return;
    const replacement = asset.replacementId ? await this.assets.findById(asset.replacementId) : null;
    const now = this.clock.now();
    const seeing: string[] = [];
    const others: string[] = [];
    for (const recipient of recipients) {
      const sees =
        !!replacement?.campaign && maySeeAsset(recipient, replacement, replacement.campaign.status, now);
      (sees ? seeing : others).push(recipient.id);
    }
    let notified = 0;
    for (const [linkReplacement, userIds] of [
      [true, seeing],
      [false, others],
    ] as const) {
      if (userIds.length === 0) continue;
      const built = message(linkReplacement);
      notified += (await this.notifications.notifyUsers(userIds, { kind: 'campaign-recall', ...built }))
        .inserted;
    }
    this.logger.log(
      { assetId: asset.id, source: message(true).source.type, notified },
      'Campaign asset recalled',
    );
  }
}
