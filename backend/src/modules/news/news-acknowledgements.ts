import { AcknowledgementCountDto, AcknowledgementStatsDto, OrganisationKind } from '@portal/contracts';
import type { AcknowledgementRow } from './news.repository';

/** The count only where the group is large enough that nobody can tell who confirmed. */
function count(acknowledged: number, audience: number, minimumGroup: number): AcknowledgementCountDto {
  return { acknowledged: audience >= minimumGroup ? acknowledged : null, audience };
}

/**
 * Per organisation and in total, from the per-organisation counts: organisations with fewer than
 * `minimumGroup` people in the audience (and people without one) are pooled, and a pool or total
 * that is still that small shows no count either.
 */
export function acknowledgementStats(
  rows: AcknowledgementRow[],
  minimumGroup: number,
): AcknowledgementStatsDto {
  const organisations: AcknowledgementStatsDto['organisations'] = [];
  const small = { organisations: 0, acknowledged: 0, audience: 0, groups: 0 };
  let acknowledged = 0;
  let audience = 0;
  for (const row of rows) {
    acknowledged += row.acknowledged;
    audience += row.audience;
    const {
      organisationId: id,
      organisationKey: key,
      organisationName: name,
      organisationState: state,
    } = row;
    if (id && key && name && state && row.audience >= minimumGroup) {
      organisations.push({
        organisation: { id, key, name, state, kind: row.organisationKind as OrganisationKind },
        acknowledged: row.acknowledged,
        audience: row.audience,
      });
    } else {
      small.groups += 1;
      if (id) small.organisations += 1;
      small.acknowledged += row.acknowledged;
      small.audience += row.audience;
    }
  }
  return {
    total: count(acknowledged, audience, minimumGroup),
    minimumGroup,
    organisations,
    smallGroups:
      small.groups === 0
        ? null
        : { organisations: small.organisations, ...count(small.acknowledged, small.audience, minimumGroup) },
  };
}
