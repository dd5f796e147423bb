import http from 'node:http';
import https from 'node:https';
import { lookup as dnsLookup } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import zlib from 'node:zlib';
import { pipeline, type Readable, type Transform } from 'node:stream';
import { FetchError } from './fetch-error.js';
import { refusedAddressReason, type AddressPolicy } from './address-policy.js';

export interface FetchOptions extends AddressPolicy {
  /** Whole request budget, connect to last byte. */
  timeoutMs: number;
  /** Cap on the decoded body. */
  maxBytes: number;
  maxRedirects?: number;
  etag?: string;
  lastModified?: string;
  userAgent?: string;
  accept?: string;
  /** POST is for form requests to WebSub hubs; pass `maxRedirects: 0` with it (a redirected POST is not replayed). */
  method?: 'GET' | 'POST';
  /** Request body (POST), sent as `bodyType` (default application/x-www-form-urlencoded). */
  body?: string;
  bodyType?: string;
}

export interface FetchedDocument {
  /** Final URL after redirects. */
  url: string;
  status: number;
  notModified: boolean;
  contentType?: string;
  etag?: string;
  lastModified?: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
  body: Uint8Array;
}

/**
 * The gateway's only network read. http(s) only; every DNS answer is checked against the address
 * policy inside the socket's own lookup (so DNS rebinding between check and connect cannot slip
 * through); redirects are followed by hand so each hop is checked again; the body is capped after
 * decompression, so a gzip bomb stops at `maxBytes`.
 */
export async function fetchDocument(rawUrl: string, options: FetchOptions): Promise<FetchedDocument> {
  const deadline = Date.now() + options.timeoutMs;
  let url = parseHttpUrl(rawUrl);
  const maxRedirects = options.maxRedirects ?? 5;
  for (let hop = 0; ; hop++) {
    const response = await requestOnce(url, options, deadline);
    const location = response.headers.location;
    if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
      response.stream.resume();
      if (hop >= maxRedirects) throw new FetchError('TOO_MANY_REDIRECTS', `more than ${maxRedirects} redirects starting at ${rawUrl}`);
      url = parseHttpUrl(new URL(location, url).href);
      continue;
    }
    if (response.status === 304) {
      response.stream.resume();
      return { url: url.href, status: 304, notModified: true, headers: response.headers, body: new Uint8Array(), ...cacheHeaders(response.headers) };
    }
    if (response.status < 200 || response.status >= 300) {
      response.stream.resume();
      throw new FetchError('HTTP_STATUS', `${url.href} answered HTTP ${response.status}`, response.status, response.headers);
    }
    const body = await readCapped(decode(response.stream, response.headers['content-encoding']), options.maxBytes, url.href, deadline);
    return { url: url.href, status: response.status, notModified: false, headers: response.headers, body, ...cacheHeaders(response.headers) };
  }
}

function cacheHeaders(headers: Record<string, string>): Pick<FetchedDocument, 'contentType' | 'etag' | 'lastModified'> {
  return {
    ...(headers['content-type'] ? { contentType: headers['content-type'] } : {}),
    ...(headers.etag ? { etag: headers.etag } : {}),
    ...(headers['last-modified'] ? { lastModified: headers['last-modified'] } : {}),
  };
}

function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchError('BAD_URL', `"${raw}" is not an absolute URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError('BAD_URL', `only http and https URLs can be fetched, not ${url.protocol.replace(':', '')} (${raw})`);
  }
  if (url.username || url.password) throw new FetchError('BAD_URL', `URLs with credentials are refused (${url.host})`);
  return url;
}

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  stream: Readable;
}

function requestOnce(url: URL, options: FetchOptions, deadline: number): Promise<RawResponse> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    const reason = refusedAddressReason(host, options);
    if (reason) return Promise.reject(new FetchError('BLOCKED_ADDRESS', `refusing to fetch ${url.href}: ${reason}`));
  }
  const guardedLookup: LookupFunction = (hostname, lookupOptions, callback) => {
    dnsLookup(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as unknown as { address: string; family: number }[];
      for (const { address } of list) {
        const reason = refusedAddressReason(address, options);
        if (reason) return callback(new FetchError('BLOCKED_ADDRESS', `refusing to fetch ${url.href}: ${hostname} resolves to ${reason}`), '', 0);
      }
      if (lookupOptions.all) return callback(null, list as never);
      const first = list[0];
      if (!first) return callback(new Error(`no address for ${hostname}`), '', 0);
      callback(null, first.address, first.family);
    });
  };
  const headers: Record<string, string> = {
    'user-agent': options.userAgent ?? 'Newsgraph/0.1 (+https://github.com/newsgraph)',
    accept: options.accept ?? 'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, text/plain;q=0.5, */*;q=0.1',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  if (options.body !== undefined) {
    headers['content-type'] = options.bodyType ?? 'application/x-www-form-urlencoded';
    headers['content-length'] = String(Buffer.byteLength(options.body));
  }
  const remaining = deadline - Date.now();
  if (remaining <= 0) return Promise.reject(new FetchError('TIMEOUT', `timed out fetching ${url.href}`));
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.request(url, { method: options.method ?? 'GET', headers, lookup: guardedLookup, timeout: remaining }, (response) => {
      const flat: Record<string, string> = {};
      for (const [name, value] of Object.entries(response.headers)) {
        if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
      }
      resolve({ status: response.statusCode ?? 0, headers: flat, stream: response });
    });
    const timer = setTimeout(() => request.destroy(new FetchError('TIMEOUT', `timed out fetching ${url.href}`)), remaining);
    request.on('close', () => clearTimeout(timer));
    request.on('timeout', () => request.destroy(new FetchError('TIMEOUT', `timed out fetching ${url.href}`)));
    request.on('error', (error) => {
      clearTimeout(timer);
      reject(error instanceof FetchError ? error : new FetchError('NETWORK', `could not fetch ${url.href}: ${error.message}`));
    });
    request.end(options.body);
  });
}

function decode(stream: Readable, encoding: string | undefined): Readable {
  let decoder: Transform;
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      decoder = zlib.createGunzip();
      break;
    case 'deflate':
      decoder = zlib.createInflate();
      break;
    case 'br':
      decoder = zlib.createBrotliDecompress();
      break;
    default:
      return stream;
  }
  // pipeline (not pipe) so a socket error mid-body reaches the reader instead of stalling it.
  pipeline(stream, decoder, () => undefined);
  return decoder;
}

async function readCapped(stream: Readable, maxBytes: number, url: string, deadline: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  const timer = setTimeout(() => stream.destroy(new FetchError('TIMEOUT', `timed out reading ${url}`)), Math.max(deadline - Date.now(), 0));
  try {
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      total += buffer.length;
      if (total > maxBytes) {
        stream.destroy();
        throw new FetchError('TOO_LARGE', `${url} is larger than the ${maxBytes}-byte limit`);
      }
      chunks.push(buffer);
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    // At the deadline the request is destroyed too; its "aborted" may reach us before our own timeout.
    if (Date.now() >= deadline) throw new FetchError('TIMEOUT', `timed out reading ${url}`);
    throw new FetchError('NETWORK', `could not read ${url}: ${(error as Error).message}`);
  } finally {
    clearTimeout(timer);
  }
  return Buffer.concat(chunks);
}
