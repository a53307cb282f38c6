import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { UsersModule } from '../../modules/users/users.module';
import { AuthController } from './auth.controller';
import { AuthSessionService } from './auth-session.service';
import { OidcAuthGuard } from './oidc-auth.guard';
import { OidcClientService } from './oidc-client.service';

@Module({
  imports: [PassportModule.register({ session: false }), UsersModule],
  controllers: [AuthController],
  providers: [OidcClientService, OidcAuthGuard, AuthSessionService],
})
export class AuthModule {}
