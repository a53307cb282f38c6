import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP } from 'node:net';
import type { LinkCheckStatus } from '@portal/contracts';

export interface LinkCheckOptions {
  /** Off in production: links into the internal network are never requested (SSRF). */
  allowPrivateAddresses: boolean;
  timeoutMs: number;
  maxRedirects: number;
}

export interface LinkCheckResult {
  status: Exclude<LinkCheckStatus, 'unchecked'>;
  httpStatus: number | null;
  detail: string | null;
}

/** Loopback, private, link-local, shared, documentation, multicast and reserved ranges. */
const INTERNAL = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  INTERNAL.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  // NAT64 addresses would smuggle any IPv4 address past the rules above (IPv4-mapped ones are
  // unwrapped below: a `::ffff:0:0/96` rule here would match every IPv4 address in BlockList).
  ['64:ff9b::', 96],
  ['100::', 64],
  ['2001:db8::', 32],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const) {
  INTERNAL.addSubnet(network, prefix, 'ipv6');
}

/** Whether an IP address lies in a range the checker must not reach in production. */
export function isInternalAddress(address: string): boolean {
  const mapped = /^::ffff:(?:0:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  if (mapped) return isInternalAddress(mapped);
  if (/^::ffff:/i.test(address)) return true;
  const family = isIP(address);
  if (family === 0) return true;
  return INTERNAL.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

class BlockedAddress extends Error {}
class TimedOut extends Error {}

const USER_AGENT = 'Netzwerk-Portal-Linkpruefung/1.0 (+Digitalisierung)';

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * DNS lookup that refuses internal addresses. Node connects to exactly what this returns, so a
 * name cannot resolve to a public address here and to an internal one at connect time.
 */
function guardedLookup(allowPrivate: boolean) {
  return (hostname: string, options: { all?: boolean; family?: number }, callback: LookupCallback): void => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      if (!allowPrivate && addresses.some((entry) => isInternalAddress(entry.address)))
        return callback(new BlockedAddress(), '');
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      if (!first) return callback(Object.assign(new Error('no address'), { code: 'ENOTFOUND' }), '');
      callback(null, first.address, first.family);
    });
  };
}

interface Answer {
  status: number;
  location: string | undefined;
}

function request(url: URL, method: 'HEAD' | 'GET', options: LinkCheckOptions): Promise<Answer> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      url,
      {
        method,
        agent: false,
        headers: { 'user-agent': USER_AGENT, accept: '*/*' },
        lookup: guardedLookup(options.allowPrivateAddresses) as never,
      },
      (response) => {
        resolve({ status: response.statusCode ?? 0, location: response.headers.location });
        // Only the status line and headers matter; the body is never read.
        response.destroy();
      },
    );
    const timer = setTimeout(() => req.destroy(new TimedOut()), options.timeoutMs);
    req.on('error', reject);
    req.on('close', () => clearTimeout(timer));
    req.end();
  });
}

function failure(error: unknown): LinkCheckResult {
  if (error instanceof BlockedAddress)
    return { status: 'broken', httpStatus: null, detail: 'Adresse im internen Netz – wird nicht abgerufen' };
  if (error instanceof TimedOut) return { status: 'broken', httpStatus: null, detail: 'Zeitüberschreitung' };
  const code = (error as { code?: string }).code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return { status: 'broken', httpStatus: null, detail: 'Adresse (Domain) nicht gefunden' };
  if (code === 'ECONNREFUSED') return { status: 'broken', httpStatus: null, detail: 'Verbindung abgelehnt' };
  if (code?.startsWith('ERR_TLS') || code?.includes('CERT'))
    return { status: 'broken', httpStatus: null, detail: 'Zertifikat ungültig' };
  return { status: 'broken', httpStatus: null, detail: 'Nicht erreichbar' };
}

/** HEAD, and GET when a server refuses or fails HEAD (many do); errors become a result. */
async function ask(url: URL, options: LinkCheckOptions): Promise<Answer | LinkCheckResult> {
  try {
    const head = await request(url, 'HEAD', options);
    if (head.status < 400) return head;
  } catch (error) {
    if (error instanceof BlockedAddress || error instanceof TimedOut) return failure(error);
  }
  try {
    return await request(url, 'GET', options);
  } catch (error) {
    return failure(error);
  }
}

/**
 * Checks one link: follows at most `maxRedirects` redirects (each hop checked again), never
 * reads a body, never reaches internal addresses unless allowed. Never throws.
 */
export async function checkLink(raw: string, options: LinkCheckOptions): Promise<LinkCheckResult> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { status: 'broken', httpStatus: null, detail: 'Keine gültige Adresse' };
  }
  for (let hop = 0; hop <= options.maxRedirects; hop++) {
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password)
      return { status: 'broken', httpStatus: null, detail: 'Nur http- und https-Adressen werden geprüft' };
    const host = url.hostname.replace(/^\[|\]$/g, '');
    // Literal IP addresses skip the DNS lookup, so they are checked here.
    if (isIP(host) && !options.allowPrivateAddresses && isInternalAddress(host))
      return failure(new BlockedAddress());
    const answer = await ask(url, options);
    if ('detail' in answer) return answer;
    if (answer.status >= 300 && answer.status < 400 && answer.location) {
      try {
        url = new URL(answer.location, url);
      } catch {
        return { status: 'broken', httpStatus: answer.status, detail: 'Ungültige Weiterleitung' };
      }
      continue;
    }
    if (answer.status >= 200 && answer.status < 300)
      return { status: 'ok', httpStatus: answer.status, detail: null };
    return { status: 'broken', httpStatus: answer.status, detail: `HTTP ${answer.status}` };
  }
  return { status: 'broken', httpStatus: null, detail: 'Zu viele Weiterleitungen' };
}
