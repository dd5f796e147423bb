import { createHmac, timingSafeEqual } from 'node:crypto';
import type { NormalizedFeed } from '../domain/feed.js';

/** The hub a feed advertises and the topic URL the hub knows it by. */
export interface HubLinks {
  hub?: string;
  self?: string;
}

/**
 * WebSub discovery (W3C WebSub §4): the HTTP `Link` header wins over links inside the document, because a
 * publisher may advertise a hub for any content type that way; `rel="hub"` and `rel="self"` must both be
 * present to subscribe. Only absolute http(s) URLs count.
 */
export function hubLinks(feed: NormalizedFeed | undefined, headers: Record<string, string>): HubLinks {
  const fromHeader = parseLinkHeader(headers.link ?? '');
  const rels = (rel: string): string | undefined =>
    fromHeader.find((l) => l.rels.includes(rel))?.href ?? feed?.links.find((l) => l.rel.toLowerCase().split(/\s+/).includes(rel))?.href;
  const hub = httpOnly(rels('hub'));
  const self = httpOnly(rels('self') ?? feed?.feedUrl);
  return { ...(hub ? { hub } : {}), ...(self ? { self } : {}) };
}

/** `<url>; rel="hub", <url>; rel="self alternate"` → links with their rel lists (RFC 8288, the parts WebSub needs). */
export function parseLinkHeader(value: string): { href: string; rels: string[] }[] {
  const links: { href: string; rels: string[] }[] = [];
  const pattern = /<([^>]*)>\s*((?:;\s*[^;,]+(?:=(?:"[^"]*"|[^;,]*))?\s*)*)/g;
  for (const match of value.matchAll(pattern)) {
    const href = match[1]?.trim() ?? '';
    const params = match[2] ?? '';
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^;,\s]+))/i.exec(params);
    const rels = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    if (href && rels.length > 0) links.push({ href, rels });
  }
  return links;
}

const SIGNATURE_ALGORITHMS: Record<string, string> = { sha1: 'sha1', sha256: 'sha256', sha384: 'sha384', sha512: 'sha512' };

/**
 * Checks `X-Hub-Signature: <method>=<hex HMAC of the raw body>` (WebSub §8: sha1, sha256, sha384 or sha512,
 * keyed with the hub.secret we sent). Constant-time comparison; a missing, malformed or unknown-method
 * signature is a failure, since a subscription with a secret must only accept signed content.
 */
export function verifyHubSignature(header: string | undefined, body: Uint8Array, secret: string): boolean {
  const match = /^\s*([a-z0-9]+)=([0-9a-f]+)\s*$/i.exec(header ?? '');
  if (!match) return false;
  const algorithm = SIGNATURE_ALGORITHMS[(match[1] ?? '').toLowerCase()];
  if (!algorithm) return false;
  const expected = createHmac(algorithm, secret).update(body).digest();
  const given = Buffer.from((match[2] ?? '').toLowerCase(), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The header a hub sends (for tests and fake hubs). */
export function hubSignature(body: Uint8Array | string, secret: string, algorithm: 'sha1' | 'sha256' = 'sha256'): string {
  return `${algorithm}=${createHmac(algorithm, secret).update(body).digest('hex')}`;
}

function httpOnly(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
