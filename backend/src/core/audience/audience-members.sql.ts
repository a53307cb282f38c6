import type { AudienceDto } from '@portal/contracts';

export interface SqlFragment {
  sql: string;
  parameters: unknown[];
}

/**
 * `SELECT user_id` of every active user in the audience, for raw SQL with positional
 * parameters starting at `$<first>`. Same semantics as `isInAudience` in the contracts and
 * `whereInAudience` (keep the three in step): each non-empty list narrows; a user without an
 * organisation has no Land and no organisation, so a state or organisation list excludes them.
 * Used inside `INSERT … SELECT` so a notification for 10,000 people is one statement.
 */
export function audienceMembersSql(audience: AudienceDto, first: number): SqlFragment {
  const states = `$${first}::text[]`;
  const organisations = `$${first + 1}::uuid[]`;
  const roles = `$${first + 2}::text[]`;
  return {
    sql: `SELECT member.id AS user_id
      FROM users member
      LEFT JOIN organisations member_organisation ON member_organisation.id = member.organisation_id
      WHERE member.active
        AND (cardinality(${states}) = 0 OR member_organisation.state = ANY(${states}))
        AND (cardinality(${organisations}) = 0 OR member.organisation_id = ANY(${organisations}))
        AND (cardinality(${roles}) = 0 OR member.roles && ${roles})`,
    parameters: [audience.states, audience.organisationIds, audience.roles],
  };
}
