import { ConfigError, loadConfig } from './app-config';

const valid = {
  DATABASE_URL: 'postgres://portal:secret@localhost:5432/portal',
  SESSION_SECRET: 'x'.repeat(32),
  OIDC_ISSUER: 'http://localhost:3001/',
  OIDC_CLIENT_ID: 'portal',
  OIDC_CLIENT_SECRET: 'secret',
};
const s3 = {
  ...valid,
  STORAGE_DRIVER: 's3',
  S3_ENDPOINT: 'http://127.0.0.1:9000/',
  S3_BUCKET: 'portal-dateien',
  S3_ACCESS_KEY_ID: 'portal',
  S3_SECRET_ACCESS_KEY: 'geheim',
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

describe('storage configuration', () => {
  it('defaults to the local driver, streamed by the app', () => {
    expect(loadConfig(valid).storage).toEqual({ driver: 'local', accelRedirect: null, s3: null });
    expect(loadConfig({ ...valid, STORAGE_ACCEL_REDIRECT: '/protected-files/' }).storage.accelRedirect).toBe(
      '/protected-files/',
    );
  });

  it('reads the S3 driver with its defaults', () => {
    expect(loadConfig(s3).storage).toEqual({
      driver: 's3',
      accelRedirect: null,
      s3: {
        endpoint: 'http://127.0.0.1:9000',
        region: 'eu-central-1',
        bucket: 'portal-dateien',
        accessKeyId: 'portal',
        secretAccessKey: 'geheim',
        forcePathStyle: false,
        presignedDownloads: false,
      },
    });
    const tuned = loadConfig({
      ...s3,
      S3_FORCE_PATH_STYLE: 'true',
      S3_PRESIGNED_DOWNLOADS: '1',
      S3_REGION: 'de',
    });
    expect(tuned.storage.s3).toMatchObject({ forcePathStyle: true, presignedDownloads: true, region: 'de' });
  });

  it.each([
    [{ ...valid, STORAGE_DRIVER: 'ftp' }, 'STORAGE_DRIVER', /„local“ oder „s3“/],
    [{ ...valid, STORAGE_ACCEL_REDIRECT: 'protected' }, 'STORAGE_ACCEL_REDIRECT', /mit \/ am Anfang/],
    [{ ...valid, STORAGE_ACCEL_REDIRECT: '/../etc/' }, 'STORAGE_ACCEL_REDIRECT', /Pfad/],
    [{ ...s3, S3_BUCKET: '' }, 'S3_BUCKET', /fehlt/],
    [{ ...s3, S3_BUCKET: 'Mein_Bucket' }, 'S3_BUCKET', /kein gültiger Bucket-Name/],
    [{ ...s3, S3_ACCESS_KEY_ID: ' ' }, 'S3_ACCESS_KEY_ID', /fehlt/],
    [{ ...s3, S3_SECRET_ACCESS_KEY: '' }, 'S3_SECRET_ACCESS_KEY', /fehlt/],
    [{ ...s3, S3_ENDPOINT: 'minio:9000' }, 'S3_ENDPOINT', /http\(s\)-Adresse/],
    [{ ...s3, S3_FORCE_PATH_STYLE: 'ja' }, 'S3_FORCE_PATH_STYLE', /„true“ oder „false“/],
    [
      { ...s3, S3_PRESIGNED_DOWNLOADS: 'true', STORAGE_ACCEL_REDIRECT: '/protected-files/' },
      'S3_PRESIGNED_DOWNLOADS',
      /schließen sich aus/,
    ],
  ])('refuses a wrong setting (case %#)', (env, variable, message) => {
    const error = errorOf(env as Record<string, string>);
    expect(error.variable).toBe(variable);
    expect(error.message).toMatch(message);
  });
});
