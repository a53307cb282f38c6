import type { WhereExpressionBuilder } from 'typeorm';
import type { AudienceViewer } from '@portal/contracts';

/**
 * Narrows a query to rows whose embedded `audience` includes the viewer; the SQL twin of
 * `isInAudience` in the contracts (keep both in step, the audience tests cover both). `alias`
 * is the query alias of an entity with `audience: AudienceColumns`.
 *
 * Written as `= '{}' OR @>/&&` rather than `cardinality(…) = 0 OR … = ANY(…)`: PostgreSQL
 * estimates these from the column statistics, so a feed query walks its index and stops after
 * one page (measured with 100,000 news items: 1 ms instead of a 300 ms scan and sort).
 */
export function whereInAudience<T extends WhereExpressionBuilder>(
  query: T,
  alias: string,
  viewer: AudienceViewer,
): T {
  const column = (name: string) => `${alias}.audience.${name}`;
  const key = (name: string) => audienceParameterName(alias, name);
  query
    .andWhere(
      `(${column('states')} = '{}' OR ${column('states')} @> ARRAY[CAST(:${key('state')} AS text)])`,
      { [key('state')]: viewer.state },
    )
    .andWhere(
      `(${column('organisationIds')} = '{}' OR ${column('organisationIds')} @> ARRAY[CAST(:${key('organisation')} AS uuid)])`,
      { [key('organisation')]: viewer.organisationId },
    )
    .andWhere(`(${column('roles')} = '{}' OR ${column('roles')} && CAST(:${key('roles')} AS text[]))`, {
      [key('roles')]: [...viewer.roles],
    });
  return query;
}

function audienceParameterName(alias: string, name: string): string {
  return `${alias.replace(/\W/g, '_')}_audience_${name}`;
}

/**
 * The named parameters `whereInAudience` binds, for a statement whose SQL text was built once
 * and is reused (binding them must not need a query builder per request).
 */
export function audienceParameters(alias: string, viewer: AudienceViewer): Record<string, unknown> {
  return {
    [audienceParameterName(alias, 'state')]: viewer.state,
    [audienceParameterName(alias, 'organisation')]: viewer.organisationId,
    [audienceParameterName(alias, 'roles')]: [...viewer.roles],
  };
}
