import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Clock } from '../../core/clock/clock';
import { JobQueue } from '../../core/jobs/job-queue';
import { NotificationsService } from '../notifications';
import { NewsEntity } from './news.entity';
import { NewsRepository } from './news.repository';

const SWEEP_JOB = 'news.notify-due';
const BATCH = 50;
const NEWS_SOURCE = 'news';

/**
 * Tells the audience about a news item once it is due: at once when published now, and for
 * scheduled items by a sweep every minute (exactly once across instances: the job queue runs
 * each slot once, and a repeated notification of the same item is a no-op). Important items
 * use their own kind, which mails immediately by default.
 */
@Injectable()
export class NewsNotifier implements OnModuleInit {
  private readonly logger = new Logger(NewsNotifier.name);

  constructor(
    private readonly news: NewsRepository,
    private readonly notifications: NotificationsService,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.register(SWEEP_JOB, () => this.notifyDue().then(() => undefined), { cron: '* * * * *' });
  }

  /** Notifies about every due item not yet announced; returns how many items were announced. */
  async notifyDue(): Promise<number> {
    let announced = 0;
    for (;;) {
      const due = await this.news.dueForNotification(this.clock.now(), BATCH);
      for (const item of due) await this.announce(item);
      announced += due.length;
      if (due.length < BATCH) return announced;
    }
  }

  /**
   * Right after publishing: asks a worker to sweep now instead of at the next minute, so the
   * publish request never waits for thousands of notifications. Failures are left to the cron.
   */
  async requestSweep(): Promise<void> {
    try {
      await this.jobs.send(SWEEP_JOB, {});
    } catch (error) {
      this.logger.warn({ err: error }, 'news notification deferred to the next sweep');
    }
  }

  /** The reader opened the item: its notification in the bell (and in a later digest) is done. */
  seen(newsId: string, userId: string): Promise<void> {
    return this.notifications.markSourceRead(userId, { type: NEWS_SOURCE, id: newsId });
  }

  private async announce(item: NewsEntity): Promise<void> {
    await this.notifications.notifyAudience(
      item.audience,
      {
        kind: item.important ? 'news-important' : 'news',
        title: item.title,
        text: item.teaser,
        link: `/neuigkeiten/${item.id}`,
        source: { type: NEWS_SOURCE, id: item.id },
      },
      { exceptUserId: item.authorId ?? undefined },
    );
    await this.news.markNotified(item.id, this.clock.now());
  }
}
