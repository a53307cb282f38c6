/** A cookie-keeping HTTP client that behaves like a browser tab (per-host cookies, no auto-redirect). */
export class HttpClient {
  private readonly cookies = new Map<string, Map<string, string>>();

  constructor(readonly baseUrl: string) {}

  cookie(name: string, url = this.baseUrl): string | undefined {
    return this.cookies.get(new URL(url).host)?.get(name);
  }

  setCookie(name: string, value: string, url = this.baseUrl): void {
    const host = new URL(url).host;
    if (!this.cookies.has(host)) this.cookies.set(host, new Map());
    this.cookies.get(host)!.set(name, value);
  }

  /** The Cookie header this client sends to `url` (empty when it has none). */
  cookieHeader(url: string): string {
    const jar = this.cookies.get(new URL(url).host);
    return [...(jar ?? [])].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async request(
    method: string,
    pathOrUrl: string,
    options: {
      body?: unknown;
      form?: Record<string, string>;
      headers?: Record<string, string>;
      csrf?: boolean;
    } = {},
  ): Promise<Response> {
    const url = new URL(pathOrUrl, this.baseUrl);
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    const cookie = this.cookieHeader(url.toString());
    if (cookie) headers['cookie'] = cookie;
    let body: string | FormData | Blob | undefined;
    if (options.body instanceof FormData) {
      body = options.body; // fetch sets the multipart boundary itself
    } else if (options.body instanceof Uint8Array) {
      body = new Blob([new Uint8Array(options.body)]); // raw bytes as they are
    } else if (options.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = new URLSearchParams(options.form).toString();
    } else if (options.body !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    }
    const csrfToken = this.cookie('XSRF-TOKEN', url.toString());
    if (options.csrf !== false && csrfToken && !['GET', 'HEAD'].includes(method))
      headers['x-xsrf-token'] ??= csrfToken;
    const response = await fetch(url, { method, headers, body, redirect: 'manual' });
    this.storeCookies(url, response);
    return response;
  }

  get(path: string, headers?: Record<string, string>): Promise<Response> {
    return this.request('GET', path, { headers });
  }

  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<Response> {
    return this.request('POST', path, { body, headers });
  }

  /** Follows redirects like a browser; returns the final response and the URLs passed. */
  async follow(
    response: Response,
    from: string,
    limit = 15,
  ): Promise<{ response: Response; trail: string[] }> {
    const trail: string[] = [];
    let current = response;
    let currentUrl = from;
    for (let i = 0; i < limit && current.status >= 300 && current.status < 400; i++) {
      const location = current.headers.get('location');
      if (!location) break;
      currentUrl = new URL(location, currentUrl).toString();
      trail.push(currentUrl);
      current = await this.request('GET', currentUrl, { headers: { accept: 'text/html' } });
    }
    return { response: current, trail };
  }

  private storeCookies(url: URL, response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const separator = pair!.indexOf('=');
      const name = pair!.slice(0, separator).trim();
      const value = pair!.slice(separator + 1).trim();
      const expired = attributes.some((attribute) => {
        const [key, attributeValue] = attribute.split('=').map((part) => part.trim().toLowerCase());
        return (
          (key === 'max-age' && Number(attributeValue) <= 0) ||
          (key === 'expires' && Date.parse(attributeValue ?? '') < Date.now())
        );
      });
      if (!this.cookies.has(url.host)) this.cookies.set(url.host, new Map());
      if (expired || value === '') this.cookies.get(url.host)!.delete(name);
      else this.cookies.get(url.host)!.set(name, value);
    }
  }
}
