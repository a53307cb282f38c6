import { Injectable } from '@nestjs/common';
import { NotificationsService } from '../notifications';
import type { PracticeEntity } from './practice.entity';
import { PracticesRepository } from './practices.repository';

const link = (practice: PracticeEntity) => `/gute-praxis/${practice.id}`;

/** Who hears about what happens to an entry. */
@Injectable()
export class PracticeNotifier {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly practices: PracticesRepository,
  ) {}

  /** The editors of the author's Jobcenter; without any, the coordination. */
  async submitted(practice: PracticeEntity, by: string): Promise<void> {
    const notification = {
      kind: 'practice-review' as const,
      title: `Zur Prüfung: ${practice.title}`,
      text: practice.summary,
      link: link(practice),
      source: { type: 'practice-submission', id: `${practice.id}:${practice.version}` },
    };
    const editors = practice.organisationId
      ? await this.notifications.notifyAudience(
          { states: [], organisationIds: [practice.organisationId], roles: ['editor'] },
          notification,
          { exceptUserId: by },
        )
      : { inserted: 0 };
    if (editors.inserted === 0) {
      await this.notifications.notifyAudience(
        { states: [], organisationIds: [], roles: ['coordinator'] },
        notification,
        { exceptUserId: by },
      );
    }
  }

  async published(practice: PracticeEntity, by: string): Promise<void> {
    if (!practice.authorId) return;
    await this.notifications.notifyUsers(
      [practice.authorId],
      {
        kind: 'practice-decision',
        title: `Veröffentlicht: ${practice.title}`,
        text: 'Ihr Praxisbeispiel ist jetzt für das ganze Netzwerk sichtbar.',
        link: link(practice),
        source: { type: 'practice-published', id: `${practice.id}:${practice.version}` },
      },
      { exceptUserId: by },
    );
  }

  async returned(practice: PracticeEntity, comment: string, by: string): Promise<void> {
    if (!practice.authorId) return;
    await this.notifications.notifyUsers(
      [practice.authorId],
      {
        kind: 'practice-decision',
        title: `Zurückgegeben: ${practice.title}`,
        text: comment,
        link: link(practice),
        source: { type: 'practice-returned', id: `${practice.id}:${practice.version}` },
      },
      { exceptUserId: by },
    );
  }

  async adopted(
    practice: PracticeEntity,
    organisationName: string,
    note: string | null,
    by: string,
  ): Promise<void> {
    if (!practice.authorId) return;
    await this.notifications.notifyUsers(
      [practice.authorId],
      {
        kind: 'practice-adoption',
        title: `${organisationName} setzt „${practice.title}“ auch um`,
        text: note ?? 'Ein weiteres Jobcenter hat Ihr Praxisbeispiel übernommen.',
        link: link(practice),
        source: { type: 'practice-adoption', id: `${practice.id}:${organisationName}` },
      },
      { exceptUserId: by },
    );
  }

  async updated(practice: PracticeEntity, followerIds: string[], by: string, version: number): Promise<void> {
    await this.notifications.notifyUsers(
      followerIds,
      {
        kind: 'practice-update',
        title: `Geändert: ${practice.title}`,
        text: 'Ein Praxisbeispiel, dem Sie folgen, wurde überarbeitet.',
        link: link(practice),
        source: { type: 'practice-update', id: `${practice.id}:${version}` },
      },
      { exceptUserId: by },
    );
  }

  /** Followers hear that a published entry left the list. */
  async archived(practice: PracticeEntity, by: string): Promise<void> {
    await this.notifications.notifyUsers(
      await this.practices.followerIds(practice.id),
      {
        kind: 'practice-update',
        title: `Archiviert: ${practice.title}`,
        text: 'Ein Praxisbeispiel, dem Sie folgen, wurde archiviert.',
        link: link(practice),
        source: { type: 'practice-archived', id: practice.id },
      },
      { exceptUserId: by },
    );
  }

  /** Followers of a published entry hear about added or removed images and attachments. */
  async filesChanged(
    practice: PracticeEntity,
    by: string,
    change: { fileId: string; added: boolean; image: boolean },
  ): Promise<void> {
    if (practice.status !== 'published') return;
    const what = change.image ? 'ein Bild' : 'ein Anhang';
    await this.notifications.notifyUsers(
      await this.practices.followerIds(practice.id),
      {
        kind: 'practice-update',
        title: `Geändert: ${practice.title}`,
        text: `Bei einem Praxisbeispiel, dem Sie folgen, wurde ${what} ${change.added ? 'hinzugefügt' : 'entfernt'}.`,
        link: link(practice),
        source: {
          type: 'practice-files',
          id: `${practice.id}:${change.fileId}:${change.added ? 'added' : 'removed'}`,
        },
      },
      { exceptUserId: by },
    );
  }
}
