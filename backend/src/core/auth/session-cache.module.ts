import { Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { SessionCache } from './session-cache';

/** One session cache per process, for the session store and for services that change sessions. */
@Global()
@Module({
  providers: [
    {
      provide: SessionCache,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new SessionCache(config.databaseUrl, config.sessionCacheSeconds * 1000),
    },
  ],
  exports: [SessionCache],
})
export class SessionCacheModule {}
