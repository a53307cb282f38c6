import { Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { dataSourceOptions } from './data-source-options';
import { PreparedReads } from './prepared-reads';
import { sidePoolSize } from './side-pool-size';

const logger = new Logger('Database');

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.databaseUrl, config.databasePoolSize, config.databaseStatementTimeoutMs),
        // An idle client losing its connection (database restart) must not crash the process.
        poolErrorHandler: (error: { code?: string; message?: string }) =>
          logger.warn({ code: error.code, message: error.message }, 'Database connection lost'),
        // Start even when the database is briefly unavailable; requests get 503 until it is back.
        retryAttempts: 10,
        retryDelay: 1000,
      }),
    }),
  ],
  providers: [
    {
      provide: PreparedReads,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new PreparedReads(
          config.databaseUrl,
          sidePoolSize(config.databasePoolSize),
          config.databaseStatementTimeoutMs,
        ),
    },
  ],
  exports: [PreparedReads],
})
export class DatabaseModule {}
