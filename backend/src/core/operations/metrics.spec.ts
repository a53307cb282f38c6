import { Metrics, renderMetrics } from './metrics';

describe('Metrics', () => {
  it('counts requests per method, route template and status, with a cumulative histogram', () => {
    const metrics = new Metrics();
    metrics.recordRequest('GET', '/api/news/:id', 200, 0.003);
    metrics.recordRequest('GET', '/api/news/:id', 200, 0.2);
    metrics.recordRequest('GET', '/api/news/:id', 404, 20);
    const text = metrics.render();
    expect(text).toContain('portal_http_requests_total{method="GET",route="/api/news/:id",status="200"} 2');
    expect(text).toContain('portal_http_requests_total{method="GET",route="/api/news/:id",status="404"} 1');
    const labels = 'method="GET",route="/api/news/:id"';
    expect(text).toContain(`portal_http_request_duration_seconds_bucket{${labels},le="0.005"} 1`);
    expect(text).toContain(`portal_http_request_duration_seconds_bucket{${labels},le="0.1"} 1`);
    expect(text).toContain(`portal_http_request_duration_seconds_bucket{${labels},le="0.25"} 2`);
    expect(text).toContain(`portal_http_request_duration_seconds_bucket{${labels},le="10"} 2`);
    expect(text).toContain(`portal_http_request_duration_seconds_bucket{${labels},le="+Inf"} 3`);
    expect(text).toContain(`portal_http_request_duration_seconds_count{${labels}} 3`);
    expect(text).toMatch(new RegExp(`portal_http_request_duration_seconds_sum\\{${labels}\\} 20\\.20`));
  });

  it('escapes label values and counts jobs by queue and outcome', () => {
    const metrics = new Metrics();
    metrics.recordRequest('GET', 'a"b\\c', 200, 0.01);
    metrics.recordJob('mail.send', 'completed');
    metrics.recordJob('mail.send', 'completed');
    metrics.recordJob('mail.send', 'failed');
    const text = metrics.render();
    expect(text).toContain('route="a\\"b\\\\c"');
    expect(text).toContain('portal_jobs_processed_total{queue="mail.send",outcome="completed"} 2');
    expect(text).toContain('portal_jobs_processed_total{queue="mail.send",outcome="failed"} 1');
  });

  it('sums the counters and histograms of several processes (WEB_CONCURRENCY)', () => {
    const first = new Metrics();
    const second = new Metrics();
    first.recordRequest('GET', '/api/news', 200, 0.003);
    second.recordRequest('GET', '/api/news', 200, 0.2);
    second.recordRequest('GET', '/api/me', 200, 0.01);
    first.recordJob('mail.send', 'completed');
    second.recordJob('mail.send', 'completed');
    const text = renderMetrics([first.snapshot(), JSON.parse(JSON.stringify(second.snapshot()))]);
    const labels = 'method="GET",route="/api/news"';
    expect(text).toContain('portal_http_requests_total{method="GET",route="/api/news",status="200"} 2');
    expect(text).toContain('portal_http_requests_total{method="GET",route="/api/me",status="200"} 1');
    expect(text).toContain(`portal_http_request_duration_seconds_bucket{${labels},le="0.005"} 1`);
    expect(text).toContain(`portal_http_request_duration_seconds_bucket{${labels},le="0.25"} 2`);
    expect(text).toContain(`portal_http_request_duration_seconds_count{${labels}} 2`);
    expect(text).toContain('portal_jobs_processed_total{queue="mail.send",outcome="completed"} 2');
    // Each family is declared once, as the exposition format requires.
    expect(text.match(/# TYPE portal_http_requests_total/g)).toHaveLength(1);
    // Merging did not change the first process's own figures.
    expect(first.render()).toContain(`portal_http_request_duration_seconds_count{${labels}} 1`);
  });
});
