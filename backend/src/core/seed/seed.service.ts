import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Clock } from '../clock/clock';
import { demoNews } from '../../modules/news/news-demo';
import { CampaignEntity } from '../../modules/campaigns/campaign.entity';
import { demoCampaign } from '../../modules/campaigns/campaigns-demo';
import { CampaignAssetsDemo } from '../../modules/campaigns/campaign-assets-demo';
import { demoEvents } from '../../modules/events/events-demo';
import { EventsRepository } from '../../modules/events/events.repository';
import { NewsRepository } from '../../modules/news/news.repository';
import { OrganisationsRepository } from '../../modules/organisations/organisations.repository';
import { seedPracticeDemo } from '../../modules/practices/practices-demo';
import { seedResourceDemo } from '../../modules/resources/resources-demo';
import { readOrganisationSeed } from './organisation-seed';
import { KitDemoSeeder } from '../../modules/campaign-kit/kit-demo.seeder';

/**
 * Demo content for `npm start` and the tests: applied once per database (marked in seed_runs),
 * so what people delete stays deleted after a restart.
 */
/** Arbitrary, fixed; differs from the migration lock. */
const SEED_LOCK_KEY = 727_104_2019;

@Injectable()
export class SeedService {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsRepository,
    private readonly news: NewsRepository,
    private readonly events: EventsRepository,
    private readonly clock: Clock,
    private readonly campaignAssets: CampaignAssetsDemo,
    private readonly kit: KitDemoSeeder,
  ) {}

  /** Several instances starting at once seed one after the other (later seeds need earlier ones). */
  async seedDemoData(): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [SEED_LOCK_KEY]);
      await this.seedAll();
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [SEED_LOCK_KEY]).catch(() => undefined);
      await runner.release();
    }
  }

  private async seedAll(): Promise<void> {
    await this.once('organisations-2018', async () => {
      const inserted = await this.organisations.insertMissing(
        await readOrganisationSeed(this.config.assetsDir),
      );
      this.logger.log(`${inserted} Organisationen angelegt`);
    });
    await this.once('news-2018', async () => {
      const rows: { key: string; id: string }[] = await this.dataSource.query(
        'SELECT key, id FROM organisations',
      );
      const items = await demoNews(
        this.config.assetsDir,
        Object.fromEntries(rows.map((row) => [row.key, row.id])),
        this.clock.now(),
      );
      for (const item of items) await this.news.insert(item);
      this.logger.log(`${items.length} Neuigkeiten angelegt`);
    });
    await this.once('events-demo', async () => {
      const rows: { key: string; id: string }[] = await this.dataSource.query(
        'SELECT key, id FROM organisations',
      );
      const items = demoEvents(this.clock.now(), Object.fromEntries(rows.map((row) => [row.key, row.id])));
      for (const item of items) await this.events.insert(item);
      this.logger.log(`${items.length} Termine angelegt`);
    });
    await this.once('campaigns-2018', async () => {
      await this.dataSource.getRepository(CampaignEntity).insert(demoCampaign());
      this.logger.log('Kampagne 2018 angelegt');
    });
    await this.once('campaign-assets-2018', async () => {
      this.logger.log(`${await this.campaignAssets.seed()} Kampagnenmaterialien angelegt`);
    });
    await this.once('campaign-kit-2018', async () => {
      const profiles = await this.kit.seed();
      this.logger.log(`Kampagnen-Kit: Plakatvorlage und ${profiles} Demo-Profile angelegt`);
    });
    await this.once('practices-demo', async () => {
      this.logger.log(
        `${await seedPracticeDemo(this.dataSource, this.clock.now())} Praxisbeispiele angelegt`,
      );
    });
    await this.once('resources-demo', async () => {
      this.logger.log(
        `${await seedResourceDemo(this.dataSource, this.clock.now())} Ressourcen (Digitalisierung) angelegt`,
      );
    });
  }

  private async once(name: string, seed: () => Promise<void>): Promise<void> {
    const claimed: unknown[] = await this.dataSource.query(
      'INSERT INTO seed_runs (name) VALUES ($1) ON CONFLICT DO NOTHING RETURNING name',
      [name],
    );
    if (claimed.length === 0) return;
    try {
      await seed();
    } catch (error) {
      await this.dataSource.query('DELETE FROM seed_runs WHERE name = $1', [name]);
      throw error;
    }
  }
}
