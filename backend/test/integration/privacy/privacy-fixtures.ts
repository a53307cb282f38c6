import type { AuditEntryDto, AuditListDto, MeDto, NewsDto } from '@portal/contracts';
import { EVERYONE } from '@portal/contracts';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { HttpClient } from '../../support/http-client';

import { json } from '../../support/json';

export { json };

export async function meOf(client: HttpClient): Promise<MeDto> {
  return json<MeDto>(await client.get('/api/me'), 200);
}

/** A published news item (important when asked) through the real API. */
export async function publishNews(
  client: HttpClient,
  title: string,
  options: { important?: boolean; organisationId?: string } = {},
): Promise<NewsDto> {
  const draft = await json<NewsDto>(
    await client.post('/api/news', {
      title,
      teaser: 'Kurz',
      body: 'Text',
      category: 'netzwerk',
      audience: options.organisationId
        ? { states: [], organisationIds: [options.organisationId], roles: [] }
        : EVERYONE,
      important: options.important ?? false,
    }),
    201,
  );
  return json<NewsDto>(await client.post(`/api/news/${draft.id}/publish`, { version: draft.version }), 200);
}

export interface SubjectContent {
  newsId: string;
  practiceId: string;
  eventId: string;
  commentId: string;
  importantNewsId: string;
  fileId: string;
  resourceId: string;
  ratedResourceId: string;
}

/**
 * One of everything a person can have in the portal, for `subject` (an editor of Biberach):
 * content through the API where that is short, the rest as rows (the export reads rows).
 */
export async function createOneOfEverything(
  db: DataSource,
  subject: { client: HttpClient; id: string },
  coordinator: HttpClient,
  coordinatorId: string,
): Promise<SubjectContent> {
  const me = await meOf(subject.client);
  const news = await publishNews(subject.client, 'Meine Meldung', { organisationId: me.organisation!.id });
  const important = await publishNews(coordinator, 'Wichtig für alle', { important: true });
  const comment = await json<{ id: string }>(
    await subject.client.post('/api/comments', {
      targetType: 'news',
      targetId: important.id,
      body: 'Mein Kommentar',
    }),
    201,
  );
  const coordinatorComment = await json<{ id: string }>(
    await coordinator.post('/api/comments', {
      targetType: 'news',
      targetId: news.id,
      body: 'Antwort der Koordination',
    }),
    201,
  );
  const [practice] = (await db.query(
    `INSERT INTO practices (title, summary, author_id, status, published_at, contact_name, contact_email)
     SELECT 'Mein Praxisbeispiel', 'Kurz', id, 'published', now(), display_name, coalesce(email, '')
       FROM users WHERE id = $1 RETURNING id`,
    [subject.id],
  )) as { id: string }[];
  await db.query(
    `INSERT INTO practice_versions (practice_id, version, content, edited_by, edited_at)
     SELECT $1, 1, jsonb_build_object('title', 'Mein Praxisbeispiel', 'contact', jsonb_build_object('name', display_name, 'role', '', 'email', email, 'phone', '')), id, now()
       FROM users WHERE id = $2`,
    [practice!.id, subject.id],
  );
  const [event] = (await db.query(
    `INSERT INTO events (title, description, starts_at, ends_at, author_id)
     VALUES ('Mein Termin', 'Beschreibung', now(), now() + interval '1 hour', $1) RETURNING id`,
    [subject.id],
  )) as { id: string }[];
  const fileId = randomUUID();
  await db.query(
    `INSERT INTO stored_files (id, storage_key, original_name, media_type, size, sha256, uploaded_by)
     VALUES ($1, $2, 'mein-bild.png', 'image/png', 10, repeat('a', 64), $3)`,
    [fileId, randomUUID(), subject.id],
  );
  const [organisation] = (await db.query(`SELECT organisation_id AS id FROM users WHERE id = $1`, [
    subject.id,
  ])) as {
    id: string;
  }[];
  const [campaign] = (await db.query('SELECT id FROM campaigns LIMIT 1')) as { id: string }[];
  const [resource] = (await db.query(
    `INSERT INTO resources (kind, title, status, suggested_by_id) VALUES ('tool', 'Mein Vorschlag', 'suggested', $1) RETURNING id`,
    [subject.id],
  )) as { id: string }[];
  const [rated] = (await db.query(
    `INSERT INTO resources (kind, title, status, published_at, rating_count, rating_sum)
     VALUES ('guide', 'Bewertet', 'published', now(), 1, 4) RETURNING id`,
  )) as { id: string }[];
  const statements: [string, unknown[]][] = [
    ['INSERT INTO news_reads (news_id, user_id, read_at) VALUES ($1, $2, now())', [important.id, subject.id]],
    [
      'INSERT INTO news_acknowledgements (news_id, user_id, organisation_id, acknowledged_at) VALUES ($1, $2, $3, now())',
      [important.id, subject.id, organisation!.id],
    ],
    [
      `INSERT INTO comment_reactions (comment_id, user_id, kind) VALUES ($1, $2, 'helpful')`,
      [coordinatorComment.id, subject.id],
    ],
    [
      'INSERT INTO comment_mentions (comment_id, user_id) VALUES ($1, $2)',
      [coordinatorComment.id, subject.id],
    ],
    ['INSERT INTO practice_followers (practice_id, user_id) VALUES ($1, $2)', [practice!.id, subject.id]],
    ['INSERT INTO practice_helpful_marks (practice_id, user_id) VALUES ($1, $2)', [practice!.id, subject.id]],
    [
      `INSERT INTO practice_adoptions (practice_id, organisation_id, adopted_by, created_at) VALUES ($1, $2, $3, now())`,
      [practice!.id, organisation!.id, subject.id],
    ],
    [
      `INSERT INTO bookmarks (user_id, target_type, target_id, title, link, created_at) VALUES ($1, 'news', $2, 'Wichtig', '/neuigkeiten/x', now())`,
      [subject.id, important.id],
    ],
    [
      // Someone else's bookmark must not appear in the subject's export.
      `INSERT INTO bookmarks (user_id, target_type, target_id, title, link, created_at) VALUES ($1, 'news', $2, 'Fremd', '/neuigkeiten/y', now())`,
      [coordinatorId, news.id],
    ],
    [
      `INSERT INTO content_reports (target_type, target_id, reporter_id, reason, title, link, created_at)
       VALUES ('news', $1, $2, 'Bitte prüfen', 'Wichtig', '/neuigkeiten/x', now())`,
      [important.id, subject.id],
    ],
    [`INSERT INTO notification_settings (user_id, kind, delivery) VALUES ($1, 'news', 'off')`, [subject.id]],
    [
      `INSERT INTO notifications (user_id, kind, title, text, link, created_at) VALUES ($1, 'news', 'Neu', 'Text', '/neuigkeiten', now())`,
      [subject.id],
    ],
    [
      'INSERT INTO campaign_terms_acceptances (user_id, campaign_id, terms_version, accepted_at) VALUES ($1, $2, 1, now())',
      [subject.id, campaign!.id],
    ],
    [`INSERT INTO feed_tokens (user_id, token_hash) VALUES ($1, 'geheimer-hash')`, [subject.id]],
    [
      `INSERT INTO accessibility_feedback (user_id, message, wants_reply, created_at) VALUES ($1, 'Der Kontrast ist zu schwach.', true, now())`,
      [subject.id],
    ],
    [
      `INSERT INTO user_activity (user_id, day, organisation_id) VALUES ($1, '2026-11-02', $2) ON CONFLICT DO NOTHING`,
      [subject.id, organisation!.id],
    ],
    [
      'INSERT INTO resource_ratings (resource_id, user_id, value, rated_at) VALUES ($1, $2, 4, now())',
      [rated!.id, subject.id],
    ],
    [
      `UPDATE users SET job_title = 'Redakteurin', phone = '07351 123', topics = '{E-Akte}' WHERE id = $1`,
      [subject.id],
    ],
    [
      `INSERT INTO organisation_contacts (organisation_id, topic, user_id) VALUES ($1, 'digitalisierung', $2)`,
      [organisation!.id, subject.id],
    ],
    [
      `INSERT INTO role_overrides (user_id, role, reason, expires_at, granted_at, granted_by_id, granted_by_name)
       VALUES ($1, 'manager', 'Vertretung', now() + interval '7 days', now(), $2, 'Koordination')`,
      [subject.id, coordinatorId],
    ],
  ];
  for (const [sql, parameters] of statements) await db.query(sql, parameters);
  return {
    newsId: news.id,
    practiceId: practice!.id,
    eventId: event!.id,
    commentId: comment.id,
    importantNewsId: important.id,
    fileId,
    resourceId: resource!.id,
    ratedResourceId: rated!.id,
  };
}

export async function auditEntries(admin: HttpClient, action: string): Promise<AuditEntryDto[]> {
  return (await json<AuditListDto>(await admin.get(`/api/admin/audit?limit=50&action=${action}`), 200)).items;
}
