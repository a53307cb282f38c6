import { ConfigError, loadConfig } from './app-config';

const valid = {
  DATABASE_URL: 'postgres://portal:secret@localhost:5432/portal',
  SESSION_SECRET: 'x'.repeat(32),
  OIDC_ISSUER: 'http://localhost:3001/',
  OIDC_CLIENT_ID: 'portal',
  OIDC_CLIENT_SECRET: 'secret',
};

function errorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies defaults for a complete development environment', () => {
    const config = loadConfig(valid);
    expect(config.port).toBe(3000);
    expect(config.publicUrl.toString()).toBe('http://localhost:3000/');
    expect(config.oidc.issuer).toBe('http://localhost:3001');
    expect(config.oidc.rolesClaim).toBe('roles');
    expect(config.production).toBe(false);
  });

  it.each(['DATABASE_URL', 'SESSION_SECRET', 'OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET'])(
    'names the missing variable %s',
    (name) => {
      const env: Record<string, string> = { ...valid };
      delete env[name];
      expect(errorOf(env).variable).toBe(name);
      expect(errorOf(env).message).toContain(name);
    },
  );

  it('refuses production without OIDC_ISSUER or PUBLIC_URL', () => {
    const env: Record<string, string> = { ...valid, NODE_ENV: 'production' };
    expect(errorOf(env).variable).toBe('PUBLIC_URL');
    delete env['OIDC_ISSUER'];
    env['PUBLIC_URL'] = 'https://portal.example';
    expect(errorOf(env).variable).toBe('OIDC_ISSUER');
    env['OIDC_ISSUER'] = 'https://id.example';
    expect(errorOf(env).variable).toBe('SMTP_URL');
    env['SMTP_URL'] = 'smtps://relay.example:465';
    expect(loadConfig(env).mail.smtpUrl).toBe('smtps://relay.example:465');
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['SESSION_SECRET', 'short'],
    ['DATABASE_URL', 'mysql://x'],
    ['PUBLIC_URL', 'ftp://x'],
    ['OIDC_ROLES_CLAIM', 'realm_access..roles'],
    ['SEED_DEMO_DATA', 'maybe'],
    ['SMTP_URL', 'http://mail.example'],
    ['MAIL_FROM', 'kein-absender'],
    ['JOBS_POLLING_SECONDS', '0.1'],
  ])('rejects %s=%s', (name, value) => {
    expect(errorOf({ ...valid, [name]: value }).variable).toBe(name);
  });

  it('accepts Keycloak claim paths', () => {
    expect(loadConfig({ ...valid, OIDC_ROLES_CLAIM: 'realm_access.roles' }).oidc.rolesClaim).toBe(
      'realm_access.roles',
    );
  });

  it('reads the clamd address from CLAMAV_URL (TCP or socket); none means no scan', () => {
    expect(loadConfig(valid).clamav).toBeNull();
    expect(loadConfig({ ...valid, CLAMAV_URL: 'tcp://clamav:3310' }).clamav).toEqual({
      address: { kind: 'tcp', host: 'clamav', port: 3310 },
      timeoutMs: 300_000,
      retries: 5,
    });
    expect(
      loadConfig({ ...valid, CLAMAV_URL: 'unix:/run/clamav/clamd.ctl', CLAMAV_RETRIES: '2' }).clamav,
    ).toMatchObject({ address: { kind: 'unix', path: '/run/clamav/clamd.ctl' }, retries: 2 });
    expect(loadConfig({ ...valid, CLAMAV_URL: 'unix:///run/clamd.sock' }).clamav?.address).toEqual({
      kind: 'unix',
      path: '/run/clamd.sock',
    });
    for (const bad of ['clamav:3310', 'http://clamav:3310', 'tcp://clamav', 'unix:relative.sock'])
      expect(errorOf({ ...valid, CLAMAV_URL: bad }).variable).toBe('CLAMAV_URL');
  });
});

describe('loadConfig: operations', () => {
  it('bounds the work of a search: defaults, overrides, and nonsense refused with the variable named', () => {
    expect(loadConfig(valid).searchLimits).toEqual({ matchCap: 300, scanCap: 3000, indexScanMax: 2000 });
    const env = { ...valid, SEARCH_MATCH_CAP: '50', SEARCH_SCAN_CAP: '100', SEARCH_INDEX_SCAN_MAX: '0' };
    expect(loadConfig(env).searchLimits).toEqual({ matchCap: 50, scanCap: 100, indexScanMax: 0 });
    expect(errorOf({ ...valid, SEARCH_MATCH_CAP: '0' }).variable).toBe('SEARCH_MATCH_CAP');
    expect(errorOf({ ...valid, SEARCH_SCAN_CAP: 'viele' }).variable).toBe('SEARCH_SCAN_CAP');
  });

  it('migrates on start, has no metrics and no instance name by default', () => {
    expect(loadConfig(valid).operations).toEqual({
      migrateOnStart: true,
      shutdownDelayMs: 0,
      shutdownTimeoutMs: 30_000,
      metricsToken: null,
      instanceId: null,
      stagingOrphanMs: 900_000,
      processes: 1,
    });
  });

  it('reads the shutdown timings, the metrics token and the instance name', () => {
    const operations = loadConfig({
      ...valid,
      MIGRATE_ON_START: 'false',
      SHUTDOWN_DELAY_SECONDS: '5',
      SHUTDOWN_TIMEOUT_SECONDS: '45',
      METRICS_TOKEN: 'a-long-enough-token',
      INSTANCE_ID: 'portal-7d9f-abc',
      STAGING_ORPHAN_SECONDS: '60',
      WEB_CONCURRENCY: '4',
    }).operations;
    expect(operations).toEqual({
      migrateOnStart: false,
      shutdownDelayMs: 5000,
      shutdownTimeoutMs: 45_000,
      metricsToken: 'a-long-enough-token',
      instanceId: 'portal-7d9f-abc',
      stagingOrphanMs: 60_000,
      processes: 4,
    });
  });

  it('refuses a short metrics token and an instance name that is not a plain label', () => {
    expect(errorOf({ ...valid, METRICS_TOKEN: 'short' }).message).toContain('METRICS_TOKEN');
    expect(errorOf({ ...valid, INSTANCE_ID: 'a b\r\nX-Evil: 1' }).message).toContain('INSTANCE_ID');
    expect(errorOf({ ...valid, WEB_CONCURRENCY: '0' }).variable).toBe('WEB_CONCURRENCY');
    expect(errorOf({ ...valid, WEB_CONCURRENCY: 'viele' }).variable).toBe('WEB_CONCURRENCY');
    expect(errorOf({ ...valid, SHUTDOWN_TIMEOUT_SECONDS: '0' }).message).toContain(
      'SHUTDOWN_TIMEOUT_SECONDS',
    );
  });
});
