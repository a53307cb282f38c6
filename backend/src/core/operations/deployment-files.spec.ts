import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAllDocuments } from 'yaml';

/**
 * The deployment files cannot run here (no Docker, no cluster): at least they must parse, and
 * the parts the portal relies on must be there and agree with the app's endpoints.
 */
const DOCKER = join(__dirname, '../../../../docker');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return yamlFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

function load(path: string): Record<string, unknown>[] {
  const documents = parseAllDocuments(readFileSync(path, 'utf8'));
  for (const document of documents) {
    if (document.errors.length) throw new Error(`${relative(DOCKER, path)}: ${document.errors[0]!.message}`);
  }
  return documents.map((document) => document.toJS() as Record<string, unknown>);
}

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('deployment files in docker/', () => {
  const files = yamlFiles(DOCKER);

  it('finds the compose files and the Kubernetes manifests', () => {
    const names = files.map((file) => relative(DOCKER, file)).sort();
    expect(names).toEqual(
      expect.arrayContaining([
        'compose.yaml',
        'compose.scaled.yaml',
        'kubernetes/deployment.yaml',
        'kubernetes/hpa.yaml',
        'kubernetes/migration-job.yaml',
        'kubernetes/kustomization.yaml',
      ]),
    );
  });

  it.each(files.map((file) => [relative(DOCKER, file), file]))('%s is valid YAML', (_name, file) => {
    expect(load(file).length).toBeGreaterThan(0);
  });

  it('scaled compose: 2+ app replicas behind nginx, migrations once, S3, Keycloak, SMTP', () => {
    const [compose] = load(join(DOCKER, 'compose.scaled.yaml')) as [Json];
    const services = compose['services'] as Json;
    expect(Object.keys(services)).toEqual(
      expect.arrayContaining(['postgres', 'minio', 'keycloak', 'mailpit', 'migrate', 'app', 'nginx']),
    );
    expect(services['app'].deploy.replicas).toBeGreaterThanOrEqual(2);
    expect(services['app'].environment.MIGRATE_ON_START).toBe('false');
    expect(services['app'].environment.STORAGE_DRIVER).toBe('s3');
    expect(services['migrate'].command).toEqual(['node', 'dist/backend/main.js', 'migrate']);
    expect(services['app'].depends_on.migrate.condition).toBe('service_completed_successfully');
    const nginx = readFileSync(join(DOCKER, 'nginx/portal.conf'), 'utf8');
    expect(nginx).toContain('server app:3000');
    // Express matches /API/metrics and /api/metrics/ too: an exact location would let them through.
    expect(nginx).toContain('location ~* ^/api/metrics(/|$) {\n        return 404;');
    expect(nginx).not.toContain('location = /api/metrics');
  });

  it('Kubernetes: probes on the health endpoints, HPA, migration Job, config from ConfigMap and Secret', () => {
    const dir = join(DOCKER, 'kubernetes');
    const [deployment] = load(join(dir, 'deployment.yaml')) as [Json];
    const container = deployment['spec'].template.spec.containers[0];
    expect(container.livenessProbe.httpGet.path).toBe('/api/health/live');
    expect(container.readinessProbe.httpGet.path).toBe('/api/health/ready');
    expect(container.envFrom.map((source: Json) => Object.keys(source)[0]).sort()).toEqual([
      'configMapRef',
      'secretRef',
    ]);
    const [hpa] = load(join(dir, 'hpa.yaml')) as [Json];
    expect(hpa['kind']).toBe('HorizontalPodAutoscaler');
    expect(hpa['spec'].minReplicas).toBeGreaterThanOrEqual(2);
    // The HPA owns the replica count: a fixed one would scale back to it on every apply.
    expect(hpa['spec'].scaleTargetRef.name).toBe(deployment['metadata'].name);
    expect(deployment['spec']).not.toHaveProperty('replicas');
    // Room for SHUTDOWN_DELAY_SECONDS + SHUTDOWN_TIMEOUT_SECONDS before Kubernetes kills the pod.
    const [config] = load(join(dir, 'configmap.yaml')) as [Json];
    expect(deployment['spec'].template.spec.terminationGracePeriodSeconds).toBeGreaterThan(
      Number(config['data'].SHUTDOWN_DELAY_SECONDS) + Number(config['data'].SHUTDOWN_TIMEOUT_SECONDS),
    );
    const [job] = load(join(dir, 'migration-job.yaml')) as [Json];
    expect(job['kind']).toBe('Job');
    // One name for every release (the documented procedure deletes the finished Job first): a
    // version in the name went stale as soon as kustomization.yaml set a new image tag.
    expect(job['metadata'].name).toBe('portal-migrate');
    expect(job['spec'].ttlSecondsAfterFinished).toBeGreaterThan(0);
    expect(job['spec'].template.spec.containers[0].command).toEqual([
      'node',
      'dist/backend/main.js',
      'migrate',
    ]);
    expect(config['data'].MIGRATE_ON_START).toBe('false');
    // Snippet annotations are off by default since ingress-nginx 1.9 (the admission webhook
    // rejects them); the metrics endpoint is guarded by METRICS_TOKEN in the app.
    const [ingress] = load(join(dir, 'ingress.yaml')) as [Json];
    expect(Object.keys(ingress['metadata'].annotations ?? {}).filter((key) => /snippet/.test(key))).toEqual(
      [],
    );
    expect(config['data']).not.toHaveProperty('METRICS_TOKEN');
    const [secret] = load(join(dir, 'secret.yaml')) as [Json];
    expect(secret['stringData'].METRICS_TOKEN).toBeDefined();
    const [kustomization] = load(join(dir, 'kustomization.yaml')) as [Json];
    for (const resource of kustomization['resources'] as string[])
      expect(files).toContain(join(dir, resource));
  });
});
