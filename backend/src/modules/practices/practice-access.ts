import { Injectable } from '@nestjs/common';
import { hasPermission, Permission } from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import type { PracticeEntity } from './practice.entity';
import { mayEdit, mayRead } from './practice.policy';
import { PracticesRepository } from './practices.repository';

export const PRACTICE_NOT_FOUND = 'Dieses Praxisbeispiel gibt es nicht oder es ist nicht für Sie sichtbar.';

/** Loads entries for a user: what they may not see is „not found“, so ids reveal nothing. */
@Injectable()
export class PracticeAccess {
  constructor(private readonly practices: PracticesRepository) {}

  async visible(user: SessionUser, id: string): Promise<PracticeEntity> {
    const practice = await this.practices.findById(id);
    if (!practice || !mayRead(user, practice)) throw new DomainError(ErrorCode.NotFound, PRACTICE_NOT_FOUND);
    return practice;
  }

  /**
   * For the review steps: reviewers of other Jobcenters learn that they may not review (403)
   * instead of „not found“, since entries in review are meant to be reviewed by someone.
   */
  async forReview(user: SessionUser, id: string): Promise<PracticeEntity> {
    const practice = await this.practices.findById(id);
    if (!practice) throw new DomainError(ErrorCode.NotFound, PRACTICE_NOT_FOUND);
    const reviewer = hasPermission(user.roles, Permission.PracticesReview);
    if (!mayRead(user, practice) && !(reviewer && practice.status === 'in-review'))
      throw new DomainError(ErrorCode.NotFound, PRACTICE_NOT_FOUND);
    return practice;
  }

  async editable(user: SessionUser, id: string): Promise<PracticeEntity> {
    const practice = await this.visible(user, id);
    if (!mayEdit(user, practice)) throw forbidden(practice);
    return practice;
  }
}

export function forbidden(practice: PracticeEntity): DomainError {
  const detail =
    practice.status === 'published'
      ? 'Veröffentlichte Praxisbeispiele ändern die Redaktion des Jobcenters und die Koordination.'
      : practice.status === 'in-review'
        ? 'Während der Prüfung kann das Praxisbeispiel nicht geändert werden.'
        : practice.status === 'archived'
          ? 'Archivierte Praxisbeispiele können nicht mehr geändert werden.'
          : 'Diesen Entwurf kann nur die Verfasserin oder der Verfasser ändern.';
  return new DomainError(ErrorCode.Forbidden, detail);
}
