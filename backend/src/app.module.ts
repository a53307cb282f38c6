import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { LoggerModule } from 'nestjs-pino';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { AuthModule } from './core/auth/auth.module';
import { AccessGuard } from './core/authz/access.guard';
import { DatabaseModule } from './core/database/database.module';
import { HealthController } from './core/health/health.controller';
import { ProblemDetailsFilter } from './core/http/problem-details.filter';
import { SeedModule } from './core/seed/seed.module';
import { OrganisationsModule } from './modules/organisations/organisations.module';
import { UsersModule } from './modules/users/users.module';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.logLevel,
            // Reuse a proxy's request id when it is well-formed, so logs line up across hops.
            genReqId: (request, response) => {
              const incoming = request.headers['x-request-id'];
              const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
              response.setHeader('X-Request-Id', id);
              return id;
            },
            redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-xsrf-token"]', 'res.headers["set-cookie"]'],
            autoLogging: { ignore: (request) => request.url === '/api/health' },
            ...(config.production ? {} : { transport: undefined }),
          },
        }),
        DatabaseModule,
        AuthModule,
        UsersModule,
        OrganisationsModule,
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
