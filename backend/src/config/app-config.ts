import { isAbsolute, resolve } from 'node:path';

/** Validated configuration of the backend, read once from the environment at start-up. */
export interface AppConfig {
  production: boolean;
  port: number;
  publicUrl: URL;
  databaseUrl: string;
  sessionSecret: string;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** How long a process keeps a session it read (0 = not at all); changes reach it via NOTIFY. */
  sessionCacheSeconds: number;
  /** How long a process keeps the Start page's first feed page per audience (0: not at all). */
  feedCacheSeconds: number;
  oidc: {
    issuer: string;
    clientId: string;
    clientSecret: string;
    rolesClaim: string;
    organisationClaim: string;
  };
  frontendDir: string;
  assetsDir: string;
  dataDir: string;
  seedDemoData: boolean;
  logLevel: string;
  databasePoolSize: number;
  /**
   * Longest any single statement may run (PostgreSQL `statement_timeout` of every pooled
   * connection); a request whose query is cancelled answers 503, never 500.
   */
  databaseStatementTimeoutMs: number;
  /** The search's own, shorter limit (on its own connections) → 503 „Die Suche hat zu lange gedauert“. */
  searchStatementTimeoutMs: number;
  /**
   * Bounds of the work one search does (see modules/search/search.repository.ts): counts, facets
   * and ranking cover at most `matchCap` matches (beyond: „mindestens“); a broad query examines at
   * most `scanCap` of the newest documents; queries whose index candidates the planner estimates
   * above `indexScanMax` walk the date index instead of the full-text index.
   */
  searchLimits: { matchCap: number; scanCap: number; indexScanMax: number };
  /** Portal-wide ceiling for one uploaded file, in bytes; features may set lower limits. */
  uploadMaxBytes: number;
  /** Largest attachment of a news item, in bytes (never above uploadMaxBytes). */
  newsAttachmentMaxBytes: number;
  storage: StorageConfig;
  mail: {
    /** smtp(s)://user:pass@host:port of the mail relay (locally: the mail catcher). */
    smtpUrl: string;
    from: string;
  };
  jobs: {
    /** How often idle workers look for new jobs; tests use the minimum (0.5 s). */
    pollingIntervalSeconds: number;
  };
  /** Malware scan by clamd; null (no CLAMAV_URL) stores files as `disabled`, i.e. unscanned. */
  clamav: {
    address: ClamdAddress;
    /** Longest a single scan (connect, stream, verdict) may take. */
    timeoutMs: number;
    /** Queue retries after a scanner error before the file is marked `failed`. */
    retries: number;
  } | null;
  /**
   * Acknowledgement figures („Zur Kenntnis genommen“) are shown only for groups of at least this
   * many people (1: every group, as the news issue asks; a works council agreement may ask for 5).
   */
  acknowledgementMinGroup: number;
  /** How long each class of personal data is kept; a daily job deletes what is older. */
  retention: {
    auditLogDays: number;
    notificationsDays: number;
    /** „Zur Kenntnis genommen“ and read marks; acknowledgements become anonymous tallies. */
    acknowledgementsDays: number;
    /** Campaign download statistics (per asset, organisation and day). */
    downloadStatisticsDays: number;
    /** Daily activity marks behind „aktive Nutzende je Woche“. */
    activityDays: number;
    /** Search queries (the search module registers its purge). */
    searchQueriesDays: number;
  };
  /** The background check of resource links (Digitalisierung). */
  linkCheck: {
    /**
     * Whether links may point to loopback, private, link-local or other internal addresses.
     * Off by default (the checker must not become a way into the internal network); tests
     * switch it on for their local HTTP server.
     */
    allowPrivateAddresses: boolean;
    /** Longest one request (connect to last header) may take. */
    timeoutMs: number;
    maxRedirects: number;
  };
  /** What happens to authored content when an account is deleted. */
  deletedAccountContent: 'anonymise' | 'delete';
  operations: OperationsConfig;
  /** Requests per minute and client before 429; 0 switches a limit off. */
  rateLimits: {
    /** Start of the sign-in and the provider's callback, per client address. */
    signInPerMinute: number;
    /** Search and suggestions, per signed-in person. */
    searchPerMinute: number;
  };
}

/** Running as one of several instances: shutdown, migrations, metrics. */
export interface OperationsConfig {
  /** Apply pending migrations at start (false: a one-off `node main.js migrate` does it). */
  migrateOnStart: boolean;
  /** After SIGTERM: readiness reports 503 this long before the server stops accepting. */
  shutdownDelayMs: number;
  /** Longest wait for in-flight requests (and running jobs) after SIGTERM. */
  shutdownTimeoutMs: number;
  /** Bearer token for `/api/metrics`; null: the endpoint answers 404. */
  metricsToken: string | null;
  /** Name of this instance, sent as `X-Instance` on every response when set (tests, debugging). */
  instanceId: string | null;
  /** Staged upload files untouched this long belong to a dead process and are removed. */
  stagingOrphanMs: number;
  /** Backend processes of this instance (WEB_CONCURRENCY); above 1 a primary forks them (node:cluster). */
  processes: number;
}

/** Where file contents live and how downloads are handed out. */
export interface StorageConfig {
  driver: 'local' | 's3';
  /**
   * Prefix of an nginx `internal` location (e.g. `/protected-files/`): after authorising a
   * download the app answers with `X-Accel-Redirect` and nginx sends the bytes. Null: the app streams.
   */
  accelRedirect: string | null;
  s3: {
    endpoint: string | null;
    region: string;
    bucket: string;
    accessKeyId: string;
    secretAccessKey: string;
    forcePathStyle: boolean;
    /** Downloads answer 302 to a pre-signed URL valid for 60 s instead of streaming through the app. */
    presignedDownloads: boolean;
  } | null;
}

export type ClamdAddress = { kind: 'tcp'; host: string; port: number } | { kind: 'unix'; path: string };

/** Raised when the environment is incomplete or wrong; start-up stops with its message. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Konfigurationsfehler: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;

type Env = Readonly<Record<string, string | undefined>>;

function required(env: Env, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new ConfigError(name, 'fehlt (Umgebungsvariable muss gesetzt sein).');
  return value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `muss eine ganze Zahl zwischen ${min} und ${max} sein (ist „${raw}“).`);
  }
  return value;
}

function seconds(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new ConfigError(name, `muss eine Zahl zwischen ${min} und ${max} sein (ist „${raw}“).`);
  }
  return value;
}

function url(env: Env, name: string, fallback?: string): URL {
  const raw = env[name]?.trim() || fallback;
  if (!raw) throw new ConfigError(name, 'fehlt (Umgebungsvariable muss gesetzt sein).');
  try {
    const parsed = new URL(raw);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new Error('protocol');
    return parsed;
  } catch {
    throw new ConfigError(name, `ist keine gültige http(s)-Adresse („${raw}“).`);
  }
}

function smtpUrl(env: Env, name: string, fallback: string | undefined): string {
  const raw = env[name]?.trim() || fallback;
  if (!raw) throw new ConfigError(name, 'fehlt (Umgebungsvariable muss gesetzt sein).');
  try {
    const parsed = new URL(raw);
    if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:') throw new Error('protocol');
    if (!parsed.hostname) throw new Error('host');
  } catch {
    throw new ConfigError(name, `muss eine Adresse wie smtp://host:587 oder smtps://host:465 sein.`);
  }
  return raw;
}

function mailAddress(env: Env, name: string, fallback: string): string {
  const value = env[name]?.trim() || fallback;
  // Either "name@host" or "Display Name <name@host>"; no line breaks (header injection).
  if (/[\r\n]/.test(value) || !/^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/.test(value)) {
    throw new ConfigError(name, `ist keine gültige Absenderadresse („${value}“).`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, `muss „true“ oder „false“ sein (ist „${raw}“).`);
}

function claimPath(env: Env, name: string, fallback: string): string {
  const value = env[name]?.trim() || fallback;
  if (!/^[A-Za-z0-9_:-]+(\.[A-Za-z0-9_:-]+)*$/.test(value)) {
    throw new ConfigError(
      name,
      `muss ein Claim-Pfad wie „roles“ oder „realm_access.roles“ sein (ist „${value}“).`,
    );
  }
  return value;
}

/** `tcp://host:port` or `unix:/path/to/clamd.ctl` (also `unix:///path`). */
function clamdAddress(env: Env, name: string): ClamdAddress | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  const problem = () =>
    new ConfigError(
      name,
      `muss wie tcp://clamav:3310 oder unix:/run/clamav/clamd.ctl aussehen (ist „${raw}“).`,
    );
  if (raw.startsWith('unix:')) {
    const path = raw.slice('unix:'.length).replace(/^\/\/(?=\/)/, '');
    if (!isAbsolute(path)) throw problem();
    return { kind: 'unix', path };
  }
  try {
    const parsed = new URL(raw);
    const port = Number(parsed.port);
    if (parsed.protocol !== 'tcp:' || !parsed.hostname || !Number.isInteger(port) || port < 1)
      throw problem();
    return { kind: 'tcp', host: parsed.hostname.replace(/^\[|\]$/g, ''), port };
  } catch {
    throw problem();
  }
}

function deletedAccountContent(env: Env, name: string): 'anonymise' | 'delete' {
  const value = env[name]?.trim().toLowerCase() || 'anonymise';
  if (value !== 'anonymise' && value !== 'delete') {
    throw new ConfigError(name, `muss „anonymise“ oder „delete“ sein (ist „${value}“).`);
  }
  return value;
}

function directory(env: Env, name: string, fallback: string): string {
  const value = env[name]?.trim() || fallback;
  return isAbsolute(value) ? value : resolve(process.cwd(), value);
}

function storage(env: Env): StorageConfig {
  const driver = env['STORAGE_DRIVER']?.trim().toLowerCase() || 'local';
  if (driver !== 'local' && driver !== 's3') {
    throw new ConfigError('STORAGE_DRIVER', `muss „local“ oder „s3“ sein (ist „${driver}“).`);
  }
  const accelRedirect = env['STORAGE_ACCEL_REDIRECT']?.trim() || null;
  if (accelRedirect !== null && !/^\/(?:[A-Za-z0-9_~-][A-Za-z0-9._~-]*\/)+$/.test(accelRedirect)) {
    throw new ConfigError(
      'STORAGE_ACCEL_REDIRECT',
      `muss ein Pfad wie „/protected-files/“ sein, mit / am Anfang und am Ende (ist „${accelRedirect}“).`,
    );
  }
  if (driver === 'local') return { driver, accelRedirect, s3: null };
  const bucket = required(env, 'S3_BUCKET');
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) {
    throw new ConfigError('S3_BUCKET', `ist kein gültiger Bucket-Name („${bucket}“).`);
  }
  const presignedDownloads = boolean(env, 'S3_PRESIGNED_DOWNLOADS', false);
  if (presignedDownloads && accelRedirect) {
    throw new ConfigError(
      'S3_PRESIGNED_DOWNLOADS',
      'und STORAGE_ACCEL_REDIRECT schließen sich aus: bitte nur eine Art der Übergabe wählen.',
    );
  }
  return {
    driver,
    accelRedirect,
    s3: {
      // Without an endpoint the SDK talks to AWS itself.
      endpoint: env['S3_ENDPOINT']?.trim() ? url(env, 'S3_ENDPOINT').toString().replace(/\/$/, '') : null,
      region: env['S3_REGION']?.trim() || 'eu-central-1',
      bucket,
      accessKeyId: required(env, 'S3_ACCESS_KEY_ID'),
      secretAccessKey: required(env, 'S3_SECRET_ACCESS_KEY'),
      forcePathStyle: boolean(env, 'S3_FORCE_PATH_STYLE', false),
      presignedDownloads,
    },
  };
}

export function loadConfig(env: Env = process.env): AppConfig {
  const production = env['NODE_ENV'] === 'production';
  const port = integer(env, 'PORT', 3000, 1, 65535);
  const publicUrl = url(env, 'PUBLIC_URL', production ? undefined : `http://localhost:${port}`);
  const databaseUrl = required(env, 'DATABASE_URL');
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL', 'muss mit postgres:// oder postgresql:// beginnen.');
  }
  const sessionSecret = required(env, 'SESSION_SECRET');
  if (sessionSecret.length < 32)
    throw new ConfigError('SESSION_SECRET', 'muss mindestens 32 Zeichen lang sein.');

  const uploadMaxBytes = integer(env, 'UPLOAD_MAX_BYTES', GIB, 1024, 64 * GIB);
  const newsAttachmentMaxBytes = integer(env, 'NEWS_ATTACHMENT_MAX_BYTES', 50 * MIB, 1024, 64 * GIB);
  if (newsAttachmentMaxBytes > uploadMaxBytes) {
    throw new ConfigError('NEWS_ATTACHMENT_MAX_BYTES', 'darf nicht größer als UPLOAD_MAX_BYTES sein.');
  }

  const clamav = clamdAddress(env, 'CLAMAV_URL');

  return {
    production,
    port,
    publicUrl,
    databaseUrl,
    sessionSecret,
    sessionIdleMinutes: integer(env, 'SESSION_IDLE_MINUTES', 60, 1, 24 * 60),
    sessionAbsoluteHours: integer(env, 'SESSION_ABSOLUTE_HOURS', 12, 1, 24 * 30),
    sessionCacheSeconds: integer(env, 'SESSION_CACHE_SECONDS', 30, 0, 300),
    feedCacheSeconds: integer(env, 'FEED_CACHE_SECONDS', 60, 0, 600),
    oidc: {
      issuer: url(env, 'OIDC_ISSUER').toString().replace(/\/$/, ''),
      clientId: required(env, 'OIDC_CLIENT_ID'),
      clientSecret: required(env, 'OIDC_CLIENT_SECRET'),
      rolesClaim: claimPath(env, 'OIDC_ROLES_CLAIM', 'roles'),
      organisationClaim: claimPath(env, 'OIDC_ORGANISATION_CLAIM', 'organisation'),
    },
    frontendDir: directory(env, 'FRONTEND_DIR', 'dist/frontend/browser'),
    assetsDir: directory(env, 'ASSETS_DIR', 'dist/backend/assets'),
    dataDir: directory(env, 'DATA_DIR', '.data'),
    seedDemoData: boolean(env, 'SEED_DEMO_DATA', false),
    logLevel: env['LOG_LEVEL']?.trim() || (production ? 'info' : 'debug'),
    databasePoolSize: integer(env, 'DATABASE_POOL_SIZE', 10, 1, 200),
    databaseStatementTimeoutMs: integer(env, 'DATABASE_STATEMENT_TIMEOUT_MS', 15_000, 1, 600_000),
    searchStatementTimeoutMs: integer(env, 'SEARCH_STATEMENT_TIMEOUT_MS', 3_000, 1, 60_000),
    searchLimits: {
      matchCap: integer(env, 'SEARCH_MATCH_CAP', 300, 1, 100_000),
      scanCap: integer(env, 'SEARCH_SCAN_CAP', 3_000, 1, 1_000_000),
      indexScanMax: integer(env, 'SEARCH_INDEX_SCAN_MAX', 2_000, 0, 10_000_000),
    },
    uploadMaxBytes,
    newsAttachmentMaxBytes,
    storage: storage(env),
    mail: {
      // Locally the dev stack runs a mail catcher on PORT+3; production must name its relay.
      smtpUrl: smtpUrl(env, 'SMTP_URL', production ? undefined : `smtp://localhost:${port + 3}`),
      from: mailAddress(env, 'MAIL_FROM', 'Netzwerk-Portal <portal@localhost>'),
    },
    jobs: {
      pollingIntervalSeconds: seconds(env, 'JOBS_POLLING_SECONDS', 2, 0.5, 60),
    },
    clamav: clamav && {
      address: clamav,
      timeoutMs: integer(env, 'CLAMAV_TIMEOUT_SECONDS', 300, 1, 3600) * 1000,
      retries: integer(env, 'CLAMAV_RETRIES', 5, 0, 50),
    },
    acknowledgementMinGroup: integer(env, 'ACKNOWLEDGEMENT_MIN_GROUP', 1, 1, 100),
    retention: {
      auditLogDays: integer(env, 'AUDIT_RETENTION_DAYS', 365, 1, 3650),
      notificationsDays: integer(env, 'NOTIFICATION_RETENTION_DAYS', 180, 1, 3650),
      acknowledgementsDays: integer(env, 'ACKNOWLEDGEMENT_RETENTION_DAYS', 730, 1, 3650),
      downloadStatisticsDays: integer(env, 'DOWNLOAD_STATISTICS_RETENTION_DAYS', 1095, 1, 3650),
      activityDays: integer(env, 'ACTIVITY_RETENTION_DAYS', 400, 1, 3650),
      searchQueriesDays: integer(env, 'SEARCH_QUERY_RETENTION_DAYS', 90, 1, 3650),
    },
    linkCheck: {
      allowPrivateAddresses: boolean(env, 'LINK_CHECK_ALLOW_PRIVATE', false),
      timeoutMs: integer(env, 'LINK_CHECK_TIMEOUT_MS', 10_000, 100, 120_000),
      maxRedirects: integer(env, 'LINK_CHECK_MAX_REDIRECTS', 5, 0, 20),
    },
    deletedAccountContent: deletedAccountContent(env, 'ACCOUNT_DELETION_CONTENT'),
    operations: operations(env),
    rateLimits: {
      signInPerMinute: integer(env, 'RATE_LIMIT_SIGN_IN_PER_MINUTE', 60, 0, 100_000),
      searchPerMinute: integer(env, 'RATE_LIMIT_SEARCH_PER_MINUTE', 300, 0, 100_000),
    },
  };
}

function operations(env: Env): OperationsConfig {
  const metricsToken = env['METRICS_TOKEN']?.trim() || null;
  if (metricsToken !== null && metricsToken.length < 16) {
    throw new ConfigError('METRICS_TOKEN', 'muss mindestens 16 Zeichen lang sein.');
  }
  const instanceId = env['INSTANCE_ID']?.trim() || null;
  if (instanceId !== null && !/^[A-Za-z0-9._-]{1,64}$/.test(instanceId)) {
    throw new ConfigError(
      'INSTANCE_ID',
      'darf nur Buchstaben, Ziffern, Punkt, Binde- und Unterstrich enthalten.',
    );
  }
  return {
    migrateOnStart: boolean(env, 'MIGRATE_ON_START', true),
    shutdownDelayMs: seconds(env, 'SHUTDOWN_DELAY_SECONDS', 0, 0, 120) * 1000,
    shutdownTimeoutMs: seconds(env, 'SHUTDOWN_TIMEOUT_SECONDS', 30, 1, 3600) * 1000,
    metricsToken,
    instanceId,
    stagingOrphanMs: seconds(env, 'STAGING_ORPHAN_SECONDS', 900, 1, 86_400) * 1000,
    processes: integer(env, 'WEB_CONCURRENCY', 1, 1, 64),
  };
}

/** Nest injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');
