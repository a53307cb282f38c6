import type { WhereExpressionBuilder } from 'typeorm';
import type { AudienceViewer } from '@portal/contracts';

/**
 * Narrows a query to rows whose embedded `audience` includes the viewer; the SQL twin of
 * `isInAudience` in the contracts (keep both in step, the audience tests cover both). `alias`
 * is the query alias of an entity with `audience: AudienceColumns`.
 */
export function whereInAudience<T extends WhereExpressionBuilder>(
  query: T,
  alias: string,
  viewer: AudienceViewer,
): T {
  const column = (name: string) => `${alias}.audience.${name}`;
  const key = (name: string) => `${alias.replace(/\W/g, '_')}_audience_${name}`;
  query
    .andWhere(`(cardinality(${column('states')}) = 0 OR :${key('state')} = ANY(${column('states')}))`, {
      [key('state')]: viewer.state,
    })
    .andWhere(
      `(cardinality(${column('organisationIds')}) = 0 OR CAST(:${key('organisation')} AS uuid) = ANY(${column('organisationIds')}))`,
      { [key('organisation')]: viewer.organisationId },
    )
    .andWhere(
      `(cardinality(${column('roles')}) = 0 OR ${column('roles')} && CAST(:${key('roles')} AS text[]))`,
      { [key('roles')]: [...viewer.roles] },
    );
  return query;
}
