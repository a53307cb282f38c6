import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type {
  ContactTopic,
  OrganisationActivityDto,
  OrganisationContactDto,
  OrganisationMemberDto,
} from '@portal/contracts';

const ACTIVITY_LIMIT = 20;

/** Contact persons, members and activity of one organisation (each one indexed query). */
@Injectable()
export class OrganisationProfileRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async contacts(organisationId: string): Promise<OrganisationContactDto[]> {
    const rows: { topic: ContactTopic; user_id: string; display_name: string; email: string | null }[] =
      await this.dataSource.query(
        `SELECT c.topic, c.user_id, u.display_name, u.email
           FROM organisation_contacts c JOIN users u ON u.id = c.user_id
          WHERE c.organisation_id = $1 AND u.active
          ORDER BY c.position, u.display_name`,
        [organisationId],
      );
    return rows.map((row) => ({
      topic: row.topic,
      userId: row.user_id,
      displayName: row.display_name,
      email: row.email,
    }));
  }

  /** Active users of the organisation (served by users_organisation_idx). */
  async members(organisationId: string): Promise<OrganisationMemberDto[]> {
    const rows: { id: string; display_name: string }[] = await this.dataSource.query(
      `SELECT id, display_name FROM users WHERE organisation_id = $1 AND active ORDER BY display_name, id`,
      [organisationId],
    );
    return rows.map((row) => ({ id: row.id, displayName: row.display_name }));
  }

  /** Which of these users belong to the organisation. */
  async memberIds(
    manager: EntityManager,
    organisationId: string,
    userIds: readonly string[],
  ): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows: { id: string }[] = await manager.query(
      'SELECT id FROM users WHERE organisation_id = $1 AND id = ANY($2::uuid[])',
      [organisationId, [...userIds]],
    );
    return new Set(rows.map((row) => row.id));
  }

  async replaceContacts(
    manager: EntityManager,
    organisationId: string,
    contacts: readonly { topic: ContactTopic; userId: string }[],
  ): Promise<void> {
    await manager.query('DELETE FROM organisation_contacts WHERE organisation_id = $1', [organisationId]);
    for (const [position, contact] of contacts.entries()) {
      await manager.query(
        `INSERT INTO organisation_contacts (organisation_id, topic, user_id, position)
         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [organisationId, contact.topic, contact.userId, position],
      );
    }
  }

  /** Published practices, adoptions, campaign roll-out and kit use of the organisation. */
  async activity(organisationId: string): Promise<OrganisationActivityDto> {
    const [practices, adoptions, campaigns, kit] = await Promise.all([
      this.dataSource.query(
        `SELECT id, title, published_at FROM practices
          WHERE organisation_id = $1 AND status = 'published'
          ORDER BY published_at DESC NULLS LAST, id LIMIT $2`,
        [organisationId, ACTIVITY_LIMIT],
      ) as Promise<{ id: string; title: string; published_at: Date | null }[]>,
      this.dataSource.query(
        `SELECT a.practice_id, p.title, a.created_at FROM practice_adoptions a
           JOIN practices p ON p.id = a.practice_id
          WHERE a.organisation_id = $1 AND p.status = 'published'
          ORDER BY a.created_at DESC LIMIT $2`,
        [organisationId, ACTIVITY_LIMIT],
      ) as Promise<{ practice_id: string; title: string; created_at: Date }[]>,
      this.dataSource.query(
        `SELECT d.campaign_id, c.name, sum(d.count)::int AS downloads, max(d.day)::text AS last_day
           FROM campaign_downloads d JOIN campaigns c ON c.id = d.campaign_id
          WHERE d.organisation_id = $1
          GROUP BY d.campaign_id, c.name ORDER BY max(d.day) DESC LIMIT $2`,
        [organisationId, ACTIVITY_LIMIT],
      ) as Promise<{ campaign_id: string; name: string; downloads: number; last_day: string }[]>,
      this.dataSource.query(
        'SELECT count(*)::int AS count FROM campaign_kit_outputs WHERE organisation_id = $1',
        [organisationId],
      ) as Promise<{ count: number }[]>,
    ]);
    return {
      practices: practices.map((row) => ({
        id: row.id,
        title: row.title,
        publishedAt: row.published_at?.toISOString() ?? null,
      })),
      adoptions: adoptions.map((row) => ({
        practiceId: row.practice_id,
        title: row.title,
        adoptedAt: row.created_at.toISOString(),
      })),
      campaigns: campaigns.map((row) => ({
        campaignId: row.campaign_id,
        title: row.name,
        downloads: row.downloads,
        lastDownloadOn: row.last_day,
      })),
      kitOutputs: kit[0]?.count ?? 0,
    };
  }
}
