import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  AccountDeletionPolicyDto,
  AccountDeletionResultDto,
  ApiPaths,
  IdentityGoneResultDto,
  Permission,
} from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { AccountDeletionService } from './account-deletion.service';
import { IdentityGoneBody } from './dto/identity-gone.body';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError(ErrorCode.NotFound, 'Dieses Konto gibt es nicht (mehr).'),
});

/** Administrators delete accounts — one by hand, or the identity provider's list of gone accounts. */
@Controller(ApiPaths.adminUserDeletion)
export class AccountDeletionController {
  constructor(private readonly deletion: AccountDeletionService) {}

  @Post('identity-gone')
  @HttpCode(200)
  @RequirePermission(Permission.UsersDelete)
  identityGone(
    @CurrentUser() user: SessionUser,
    @Body() body: IdentityGoneBody,
  ): Promise<IdentityGoneResultDto> {
    return this.deletion.deleteGoneIdentities(body.subjects, user);
  }

  @Delete(':id')
  @RequirePermission(Permission.UsersDelete)
  delete(@CurrentUser() user: SessionUser, @Param('id', uuid) id: string): Promise<AccountDeletionResultDto> {
    return this.deletion.deleteAccount(id, user, 'admin');
  }
}

/** The configured content policy (ACCOUNT_DELETION_CONTENT), so the UI can state the consequences. */
@Controller(ApiPaths.adminAccountDeletionPolicy)
export class AccountDeletionPolicyController {
  constructor(private readonly deletion: AccountDeletionService) {}

  @Get()
  @RequirePermission(Permission.UsersDelete)
  policy(): AccountDeletionPolicyDto {
    return { contentPolicy: this.deletion.policy };
  }
}
