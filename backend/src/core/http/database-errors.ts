/** SQLSTATE classes and driver errors that mean "the database is not reachable right now". */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);
const UNAVAILABLE_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
]);
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Connection is not established',
  'terminating connection',
  'the database system is',
];

/**
 * TypeORM releases a transaction's query runner when its connection breaks (PostgreSQL restarted
 * mid-transaction); the next statement of that transaction then fails with this error.
 */
const UNAVAILABLE_NAMES = new Set(['QueryRunnerAlreadyReleasedError']);

function codeOf(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const record = error as { code?: unknown; driverError?: { code?: unknown } };
  const code = record.code ?? record.driverError?.code;
  return typeof code === 'string' ? code : undefined;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  const code = codeOf(error);
  if (code && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_NODE_CODES.has(code))) return true;
  if (error instanceof Error && UNAVAILABLE_NAMES.has(error.name)) return true;
  const message = error instanceof Error ? error.message : '';
  if (error instanceof AggregateError) return error.errors.some(isDatabaseUnavailable);
  return UNAVAILABLE_MESSAGES.some((fragment) => message.includes(fragment));
}

export function sqlState(error: unknown): string | undefined {
  const code = codeOf(error);
  return code && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}
