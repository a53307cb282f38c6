import type { EntityManager } from 'typeorm';

/**
 * Every table that points at an organisation, and how a merge moves its rows. Raw SQL on purpose:
 * moving content is not an edit of it (no version bump, no „aktualisiert am“). A new table with an
 * organisation column belongs here — an integration test compares this list with the schema.
 */
export const MERGED_COLUMNS: readonly string[] = [
  'users.organisation_id',
  'news.organisation_id',
  'news.audience_organisation_ids',
  'events.organisation_id',
  'events.audience_organisation_ids',
  'practices.organisation_id',
  'practice_adoptions.organisation_id',
  'campaign_downloads.organisation_id',
  'campaign_kit_outputs.organisation_id',
  'campaign_kit_downloads.organisation_id',
  'campaign_kit_bulk_files.organisation_id',
  'news_acknowledgements.organisation_id',
  'organisation_contacts.organisation_id',
  'organisations.merged_into_id',
  'resources.provider_organisation_id',
  'resources.audience_organisation_ids',
  'user_activity.organisation_id',
];

/**
 * Organisation columns a merge does not touch itself: the search index is kept by the database's
 * own triggers (migration SearchIndex), which re-index every moved row in the same transaction.
 */
export const DERIVED_ORGANISATION_COLUMNS: readonly string[] = [
  'search_documents.organisation_id',
  'search_documents.audience_organisation_ids',
];

interface Target {
  id: string;
  state: string;
  category: string;
}

async function count(manager: EntityManager, sql: string, parameters: unknown[]): Promise<number> {
  const result: [unknown[], number] = await manager.query(sql, parameters);
  return result[1];
}

/** Moves all content of `sourceId` to the target, in the caller's transaction; rows moved per kind. */
export async function moveOrganisationContent(
  manager: EntityManager,
  sourceId: string,
  target: Target,
): Promise<Record<string, number>> {
  const ids = [sourceId, target.id];
  const moved: Record<string, number> = {};
  const move = async (table: string) => {
    moved[table] = await count(
      manager,
      `UPDATE ${table} SET organisation_id = $2 WHERE organisation_id = $1`,
      ids,
    );
  };
  await move('users');
  // Signed-in members act for the new organisation at once: the session carries organisation
  // and Land (audiences are matched against them on every request without a query).
  await manager.query(
    `UPDATE sessions
        SET data = jsonb_set(jsonb_set(data, '{passport,user,organisationId}', to_jsonb($2::text)),
                             '{passport,user,organisationState}', to_jsonb($3::text))
      WHERE data #>> '{passport,user,organisationId}' = $1`,
    [sourceId, target.id, target.state],
  );
  await move('news');
  await move('events');
  await move('news_acknowledgements');
  await move('campaign_kit_outputs');
  // Activity rows are one per person and day (key without the organisation): they simply move.
  await move('user_activity');
  moved['resources'] = await count(
    manager,
    'UPDATE resources SET provider_organisation_id = $2 WHERE provider_organisation_id = $1',
    ids,
  );

  // Audiences that named the source now name the target (once).
  for (const table of ['news', 'events', 'resources']) {
    moved[`${table}_audiences`] = await count(
      manager,
      `UPDATE ${table}
          SET audience_organisation_ids =
              ARRAY(SELECT DISTINCT unnest(array_replace(audience_organisation_ids, $1::uuid, $2::uuid)))
        WHERE $1::uuid = ANY(audience_organisation_ids)`,
      ids,
    );
  }

  moved['practices'] = await count(
    manager,
    `UPDATE practices SET organisation_id = $2, state = $3, organisation_category = $4
      WHERE organisation_id = $1`,
    [...ids, target.state, target.category],
  );

  // An adoption both organisations made stays once; the practice's counter follows.
  await manager.query(
    `WITH doubled AS (
       DELETE FROM practice_adoptions a USING practice_adoptions b
        WHERE a.organisation_id = $1 AND b.organisation_id = $2 AND a.practice_id = b.practice_id
        RETURNING a.practice_id)
     UPDATE practices SET adoption_count = greatest(adoption_count - 1, 0)
      WHERE id IN (SELECT practice_id FROM doubled)`,
    ids,
  );
  await move('practice_adoptions');

  // Download counters per asset and day add up.
  const downloads: { count: string }[] = await manager.query(
    `WITH source AS (
       DELETE FROM campaign_downloads WHERE organisation_id = $1
        RETURNING asset_id, day, campaign_id, count),
     added AS (
       INSERT INTO campaign_downloads (asset_id, organisation_id, day, campaign_id, count)
       SELECT asset_id, $2, day, campaign_id, count FROM source
       ON CONFLICT (asset_id, organisation_id, day)
       DO UPDATE SET count = campaign_downloads.count + excluded.count
       RETURNING 1)
     SELECT count(*) AS count FROM added`,
    ids,
  );
  moved['campaign_downloads'] = Number(downloads[0]?.count ?? 0);

  // Kit download counters per campaign and day add up the same way.
  const kitDownloads: { count: string }[] = await manager.query(
    `WITH source AS (
       DELETE FROM campaign_kit_downloads WHERE organisation_id = $1
        RETURNING campaign_id, day, count),
     added AS (
       INSERT INTO campaign_kit_downloads (campaign_id, organisation_id, day, count)
       SELECT campaign_id, $2, day, count FROM source
       ON CONFLICT (campaign_id, organisation_id, day)
       DO UPDATE SET count = campaign_kit_downloads.count + excluded.count
       RETURNING 1)
     SELECT count(*) AS count FROM added`,
    ids,
  );
  moved['campaign_kit_downloads'] = Number(kitDownloads[0]?.count ?? 0);

  // A bulk run that produced files for both keeps the target's.
  await manager.query(
    `DELETE FROM campaign_kit_bulk_files a USING campaign_kit_bulk_files b
      WHERE a.organisation_id = $1 AND b.organisation_id = $2 AND a.run_id = b.run_id`,
    ids,
  );
  await move('campaign_kit_bulk_files');

  const contacts: unknown[] = await manager.query(
    `WITH source AS (DELETE FROM organisation_contacts WHERE organisation_id = $1
                     RETURNING topic, user_id, position)
     INSERT INTO organisation_contacts (organisation_id, topic, user_id, position)
     SELECT $2, topic, user_id, position FROM source ON CONFLICT DO NOTHING RETURNING 1`,
    ids,
  );
  moved['organisation_contacts'] = contacts.length;

  // Organisations merged into the source earlier now redirect to the target directly.
  moved['organisations'] = await count(
    manager,
    'UPDATE organisations SET merged_into_id = $2 WHERE merged_into_id = $1',
    ids,
  );
  return moved;
}
