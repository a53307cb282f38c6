/** Placeholders (e.g. `$1`) or SQL literals (`NULL`) of the calling query; NULL means "any". */
export interface ReachParameters {
  campaignId: string;
  from: string;
  to: string;
}

const downloadsWhere = (alias: string, p: ReachParameters) =>
  `(CAST(${p.campaignId} AS uuid) IS NULL OR ${alias}.campaign_id = CAST(${p.campaignId} AS uuid))
   AND (CAST(${p.from} AS date) IS NULL OR ${alias}.day >= CAST(${p.from} AS date))
   AND (CAST(${p.to} AS date) IS NULL OR ${alias}.day <= CAST(${p.to} AS date))`;

/**
 * The one definition of a campaign's reach, used by the campaign roll-out and the network
 * overview: every current Jobcenter (merged-away ones are gone from the directory; their counts
 * moved to the successor) with its downloads of material (campaign_downloads) and of personalised
 * kit files (campaign_kit_downloads). Rows: id, name, state, downloads (0 = not reached).
 */
export function jobcenterReachSql(p: ReachParameters): string {
  return `SELECT o.id, o.name, o.state, coalesce(sum(x.count), 0)::int AS downloads
    FROM organisations o
    LEFT JOIN (
      SELECT d.organisation_id, d.count FROM campaign_downloads d WHERE ${downloadsWhere('d', p)}
      UNION ALL
      SELECT k.organisation_id, k.count FROM campaign_kit_downloads k WHERE ${downloadsWhere('k', p)}
    ) x ON x.organisation_id = o.id
    WHERE o.kind = 'jobcenter' AND o.merged_into_id IS NULL
    GROUP BY o.id, o.name, o.state`;
}
