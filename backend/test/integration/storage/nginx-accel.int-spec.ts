import type { NewsAttachmentDto, NewsDto } from '@portal/contracts';
import { EVERYONE } from '@portal/contracts';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HttpClient } from '../../support/http-client';
import { closedPortEndpoint } from '../../support/s3-test-server';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

const NGINX = '/usr/sbin/nginx';

/**
 * The X-Accel-Redirect hand-off with the real Debian nginx and the location documented in
 * docs/architecture.md: the app authorises, nginx sends the bytes with the app's headers.
 */
(existsSync(NGINX) ? describe : describe.skip)('file delivery handed to nginx (X-Accel-Redirect)', () => {
  let testApp: TestApp;
  let dataDir: string;
  let prefix: string;
  let nginx: ChildProcess;
  let proxy: string;
  const as = {} as Record<DemoLogin, HttpClient>;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'portal-accel-'));
    prefix = await mkdtemp(join(tmpdir(), 'portal-nginx-'));
    testApp = await createTestApp({ DATA_DIR: dataDir, STORAGE_ACCEL_REDIRECT: '/protected-files/' });
    await signInAll(testApp.baseUrl, ['koordination.dlt', 'fachkraft.offenbach'] as DemoLogin[], as);
    proxy = await closedPortEndpoint();
    await writeFile(
      join(prefix, 'nginx.conf'),
      `worker_processes 1;
daemon off;
user root;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen ${new URL(proxy).host};
    location /protected-files/ {
      internal;
      alias ${dataDir}/files/;
      add_header X-Content-Type-Options nosniff always;
      add_header Content-Security-Policy "default-src 'none'; img-src 'self'; sandbox" always;
      add_header Cross-Origin-Resource-Policy same-origin always;
      add_header Cache-Control "private, no-cache" always;
    }
    location / {
      proxy_pass ${testApp.baseUrl.replace('localhost', '127.0.0.1')};
      client_max_body_size 0;
    }
  }
}
`,
    );
    nginx = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], { stdio: 'inherit' });
    for (let attempt = 0; attempt < 50; attempt++) {
      if (
        await fetch(`${proxy}/api/health`).then(
          (response) => response.ok,
          () => false,
        )
      )
        return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('nginx did not start');
  });
  afterAll(async () => {
    if (nginx?.exitCode === null) {
      nginx.kill('SIGQUIT');
      await new Promise((resolve) => nginx.once('exit', resolve));
    }
    await testApp.close();
    await rm(prefix, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  });

  /** The signed-in session, sent to nginx instead of the app. */
  const viaNginx = (login: DemoLogin, path: string, headers: Record<string, string> = {}) =>
    fetch(new URL(path, proxy), {
      headers: { cookie: `portal.sid=${as[login].cookie('portal.sid')}`, ...headers },
      redirect: 'manual',
    });

  it('sends the authorised file through nginx with the portal’s headers, ranges included', async () => {
    const created = await as['koordination.dlt'].post('/api/news', {
      title: 'Über nginx',
      teaser: 'X-Accel-Redirect',
      body: 'Anhang',
      category: 'netzwerk',
      audience: EVERYONE,
    });
    const item = (await created.json()) as NewsDto;
    await as['koordination.dlt'].post(`/api/news/${item.id}/publish`, { version: item.version });
    const content = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(256 * 1024)]);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(content)]), 'Plakat „Vor Ort“.pdf');
    const attachment = (await (
      await as['koordination.dlt'].request('POST', `/api/news/${item.id}/attachments`, { body: form })
    ).json()) as NewsAttachmentDto;

    const whole = await viaNginx('fachkraft.offenbach', attachment.url);
    expect(whole.status).toBe(200);
    expect(Buffer.from(await whole.arrayBuffer()).equals(content)).toBe(true);
    expect(whole.headers.get('content-type')).toBe('application/pdf');
    expect(whole.headers.get('content-disposition')).toBe(
      `attachment; filename="Plakat Vor Ort.pdf"; filename*=UTF-8''Plakat%20%E2%80%9EVor%20Ort%E2%80%9C.pdf`,
    );
    expect(whole.headers.get('x-content-type-options')).toBe('nosniff');
    expect(whole.headers.get('content-security-policy')).toContain('sandbox');
    expect(whole.headers.get('x-accel-redirect')).toBeNull();

    const ranged = await viaNginx('fachkraft.offenbach', attachment.url, { range: 'bytes=100-199' });
    expect(ranged.status).toBe(206);
    expect(Buffer.from(await ranged.arrayBuffer()).equals(content.subarray(100, 200))).toBe(true);

    // Without a session nginx gets the app's refusal, and the protected location is not reachable.
    const anonymous = await fetch(new URL(attachment.url, proxy));
    expect(anonymous.status).toBe(401);
    const [row] = await testApp.dataSource.query(`SELECT storage_key FROM stored_files WHERE id = $1`, [
      attachment.id,
    ]);
    const key = row.storage_key as string;
    expect((await fetch(new URL(`/protected-files/${key.slice(0, 2)}/${key}`, proxy))).status).toBe(404);
  });
});
