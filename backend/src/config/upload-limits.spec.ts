import { ConfigError, loadConfig } from './app-config';

const BASE = {
  DATABASE_URL: 'postgres://localhost/portal',
  SESSION_SECRET: 'x'.repeat(32),
  OIDC_ISSUER: 'http://localhost:3001',
  OIDC_CLIENT_ID: 'portal',
  OIDC_CLIENT_SECRET: 'secret',
};

describe('upload limits in the configuration', () => {
  it('defaults to 1 GiB per upload and 50 MiB per news attachment', () => {
    const config = loadConfig(BASE);
    expect(config.uploadMaxBytes).toBe(1024 ** 3);
    expect(config.newsAttachmentMaxBytes).toBe(50 * 1024 ** 2);
  });

  it('takes both from the environment', () => {
    const config = loadConfig({ ...BASE, UPLOAD_MAX_BYTES: '2000000', NEWS_ATTACHMENT_MAX_BYTES: '1000000' });
    expect(config.uploadMaxBytes).toBe(2_000_000);
    expect(config.newsAttachmentMaxBytes).toBe(1_000_000);
  });

  it('stops the start on nonsense, naming the variable', () => {
    expect(() => loadConfig({ ...BASE, UPLOAD_MAX_BYTES: '1 GB' })).toThrow(/UPLOAD_MAX_BYTES/);
    expect(() => loadConfig({ ...BASE, UPLOAD_MAX_BYTES: '0' })).toThrow(ConfigError);
    expect(() =>
      loadConfig({ ...BASE, UPLOAD_MAX_BYTES: '1048576', NEWS_ATTACHMENT_MAX_BYTES: '2097152' }),
    ).toThrow(/NEWS_ATTACHMENT_MAX_BYTES darf nicht größer als UPLOAD_MAX_BYTES/);
  });
});
