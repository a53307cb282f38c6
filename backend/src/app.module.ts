import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { AudienceModule } from './core/audience/audience.module';
import { AuditModule } from './core/audit/audit.module';
import { AuthModule } from './core/auth/auth.module';
import { SessionCacheModule } from './core/auth/session-cache.module';
import { AccessGuard } from './core/authz/access.guard';
import { ClockModule } from './core/clock/clock.module';
import { DatabaseModule } from './core/database/database.module';
import { JobsModule } from './core/jobs/jobs.module';
import { OperationsModule } from './core/operations/operations.module';
import { MailModule } from './core/mail/mail.module';
import { HealthController } from './core/health/health.controller';
import { requestForLog, responseForLog } from './core/http/access-log';
import { ProblemDetailsFilter } from './core/http/problem-details.filter';
import { SeedModule } from './core/seed/seed.module';
import { StorageModule } from './core/storage/storage.module';
import { OrganisationsModule } from './modules/organisations/organisations.module';
import { NewsModule } from './modules/news/news.module';
import { EventsModule } from './modules/events/events.module';
import { FeedsModule } from './modules/feeds/feeds.module';
import { UsersModule } from './modules/users/users.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { CampaignsModule } from './modules/campaigns/campaigns.module';
import { CampaignKitModule } from './modules/campaign-kit/campaign-kit.module';
import { TaxonomiesModule } from './modules/taxonomies/taxonomies.module';
import { BookmarksModule } from './modules/bookmarks/bookmarks.module';
import { ContentReportsModule } from './modules/content-reports/content-reports.module';
import { PracticesModule } from './modules/practices/practices.module';
import { PeopleModule } from './modules/people/people.module';
import { AnnouncementsModule } from './modules/announcements/announcements.module';
import { ResourcesModule } from './modules/resources/resources.module';
import { SearchModule } from './modules/search/search.module';
import { PrivacyModule } from './modules/privacy/privacy.module';
import { LegalPagesModule } from './modules/legal-pages/legal-pages.module';
import { NetworkOverviewModule } from './modules/network-overview/network-overview.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          // Express 5 route syntax; the default '*' makes Nest log a legacy-route warning at boot.
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level: config.logLevel,
            // Set by the request-id middleware, which runs before everything else.
            genReqId: (request) => (request as { id?: string }).id ?? randomUUID(),
            // Lean lines from the raw request and response (see access-log.ts).
            wrapSerializers: false,
            serializers: { req: requestForLog, res: responseForLog },
            autoLogging: { ignore: (request) => request.url?.startsWith('/api/health') ?? false },
          },
        }),
        ClockModule,
        DatabaseModule,
        SessionCacheModule,
        AudienceModule,
        StorageModule,
        JobsModule,
        OperationsModule,
        AuditModule,
        MailModule,
        AuthModule,
        UsersModule,
        OrganisationsModule,
        NewsModule,
        EventsModule,
        FeedsModule,
        NotificationsModule,
        CampaignsModule,
        CampaignKitModule,
        TaxonomiesModule,
        BookmarksModule,
        ContentReportsModule,
        PracticesModule,
        PeopleModule,
        AnnouncementsModule,
        ResourcesModule,
        SearchModule,
        PrivacyModule,
        LegalPagesModule,
        NetworkOverviewModule,
        SeedModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
    };
  }
}
