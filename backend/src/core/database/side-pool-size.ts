/**
 * Connections of a pool beside TypeORM's (prepared reads, search): half the main pool, at least
 * 2 — their statements are short, and every instance's pools together must fit `max_connections`.
 */
export function sidePoolSize(mainPoolSize: number): number {
  return Math.max(2, Math.ceil(mainPoolSize / 2));
}
