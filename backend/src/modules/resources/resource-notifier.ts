import { Injectable } from '@nestjs/common';
import { NotificationsService } from '../notifications';
import type { ResourceEntity } from './resource.entity';

const link = (resource: ResourceEntity) => `/digitalisierung/${resource.id}`;
/** Who curates the library (the same people hold `resources:manage`). */
const COORDINATION = { states: [], organisationIds: [], roles: ['coordinator' as const] };

/** Who hears about suggestions, decisions and broken links. */
@Injectable()
export class ResourceNotifier {
  constructor(private readonly notifications: NotificationsService) {}

  async suggested(resource: ResourceEntity, by: string): Promise<void> {
    await this.notifications.notifyAudience(
      COORDINATION,
      {
        kind: 'resource-suggested',
        title: `Vorschlag: ${resource.title}`,
        text: 'Eine neue Ressource für die Digitalisierung wartet auf Ihre Prüfung.',
        link: '/digitalisierung/pruefen',
        source: { type: 'resource-suggestion', id: resource.id },
      },
      { exceptUserId: by },
    );
  }

  async decided(
    resource: ResourceEntity,
    accepted: boolean,
    comment: string | null,
    by: string,
  ): Promise<void> {
    if (!resource.suggestedById) return;
    await this.notifications.notifyUsers(
      [resource.suggestedById],
      {
        kind: 'resource-decision',
        title: accepted ? `Veröffentlicht: ${resource.title}` : `Nicht aufgenommen: ${resource.title}`,
        text: accepted
          ? 'Ihr Vorschlag ist jetzt in der Ressourcensammlung Digitalisierung.'
          : (comment ?? 'Ihr Vorschlag wurde nicht aufgenommen.'),
        link: link(resource),
        source: { type: accepted ? 'resource-accepted' : 'resource-rejected', id: resource.id },
      },
      { exceptUserId: by },
    );
  }

  async linkBroken(resource: { id: string; title: string }, detail: string, checkedAt: Date): Promise<void> {
    await this.notifications.notifyAudience(COORDINATION, {
      kind: 'resource-link-broken',
      title: `Link nicht erreichbar: ${resource.title}`,
      text: `Die Linkprüfung meldet: ${detail}.`,
      link: '/digitalisierung/defekte-links',
      source: { type: 'resource-link', id: `${resource.id}:${checkedAt.toISOString()}` },
    });
  }
}
