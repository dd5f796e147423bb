import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchDocument, type FetchOptions } from '../../../src/ingest/fetch/fetch-document.js';
import { FetchError } from '../../../src/ingest/fetch/fetch-error.js';
import { refusedAddressReason } from '../../../src/ingest/fetch/address-policy.js';

const FEED = '<rss version="2.0"><channel><title>t</title></channel></rss>';

describe('fetchDocument against a local server', () => {
  let server: http.Server;
  let base: string;
  const options: FetchOptions = { timeoutMs: 2_000, maxBytes: 64 * 1024, allowLoopback: true };

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const url = req.url ?? '/';
      if (url === '/feed') {
        if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304).end();
        return void res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"v1"', 'last-modified': 'Mon, 13 Oct 2025 10:00:00 GMT' }).end(FEED);
      }
      if (url === '/gzip') return void res.writeHead(200, { 'content-encoding': 'gzip' }).end(zlib.gzipSync(FEED));
      if (url === '/bomb') return void res.writeHead(200, { 'content-encoding': 'gzip' }).end(zlib.gzipSync(Buffer.alloc(10 * 1024 * 1024)));
      if (url === '/huge') {
        res.writeHead(200);
        const chunk = Buffer.alloc(16 * 1024, 120);
        let sent = 0;
        const write = () => {
          while (sent < 100 && res.write(chunk)) sent++;
          if (sent < 100) res.once('drain', write);
          else res.end();
        };
        return void write();
      }
      if (url === '/slow') {
        res.writeHead(200);
        const timer = setInterval(() => res.write('x'), 200);
        return void res.on('close', () => clearInterval(timer));
      }
      if (url.startsWith('/hop/')) {
        const n = Number(url.slice(5));
        return void res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : '/feed' }).end();
      }
      if (url === '/to-metadata') return void res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      if (url === '/gone') return void res.writeHead(410).end();
      res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const failure = async (promise: Promise<unknown>) => {
    try {
      await promise;
    } catch (error) {
      expect(error).toBeInstanceOf(FetchError);
      return error as FetchError;
    }
    throw new Error('expected a FetchError');
  };

  it('fetches a body with its cache validators, then gets a 304 with them', async () => {
    const first = await fetchDocument(`${base}/feed`, options);
    expect([first.status, first.contentType, first.etag, Buffer.from(first.body).toString()]).toEqual([200, 'application/rss+xml; charset=utf-8', '"v1"', FEED]);
    const second = await fetchDocument(`${base}/feed`, { ...options, etag: '"v1"' });
    expect([second.status, second.notModified, second.body.length]).toEqual([304, true, 0]);
  });

  it('decompresses gzip and stops a decompression bomb at the size cap', async () => {
    expect(Buffer.from((await fetchDocument(`${base}/gzip`, options)).body).toString()).toBe(FEED);
    const bomb = await failure(fetchDocument(`${base}/bomb`, options));
    expect([bomb.code, bomb.message]).toEqual(['TOO_LARGE', `${base}/bomb is larger than the 65536-byte limit`]);
  });

  it('stops oversized and slow responses', async () => {
    expect((await failure(fetchDocument(`${base}/huge`, options))).code).toBe('TOO_LARGE');
    const slow = await failure(fetchDocument(`${base}/slow`, { ...options, timeoutMs: 600 }));
    expect(slow.code).toBe('TIMEOUT');
  });

  it('follows a bounded number of redirects', async () => {
    expect((await fetchDocument(`${base}/hop/2`, options)).url).toBe(`${base}/feed`);
    const tooMany = await failure(fetchDocument(`${base}/hop/9`, options));
    expect(tooMany.code).toBe('TOO_MANY_REDIRECTS');
  });

  it('refuses private and metadata addresses, also after a redirect, and loopback unless allowed', async () => {
    const metadata = await failure(fetchDocument(`${base}/to-metadata`, options));
    expect([metadata.code, metadata.message]).toEqual(['BLOCKED_ADDRESS', 'refusing to fetch http://169.254.169.254/latest/meta-data/: 169.254.169.254 is a private, link-local or reserved address']);
    const loopback = await failure(fetchDocument(`${base}/feed`, { ...options, allowLoopback: false }));
    expect(loopback.code).toBe('BLOCKED_ADDRESS');
    const viaName = await failure(fetchDocument(`${base.replace('127.0.0.1', 'localhost')}/feed`, { ...options, allowLoopback: false }));
    expect(viaName.message).toMatch(/localhost resolves to .*loopback/);
  });

  it('reports HTTP errors and refuses non-http URLs', async () => {
    const gone = await failure(fetchDocument(`${base}/gone`, options));
    expect([gone.code, gone.status, gone.message]).toEqual(['HTTP_STATUS', 410, `${base}/gone answered HTTP 410`]);
    expect((await failure(fetchDocument('file:///etc/passwd', options))).message).toBe('only http and https URLs can be fetched, not file (file:///etc/passwd)');
    expect((await failure(fetchDocument('not a url', options))).code).toBe('BAD_URL');
  });

  it('classifies addresses', () => {
    const policy = { allowLoopback: false };
    expect(refusedAddressReason('93.184.216.34', policy)).toBeUndefined();
    expect(refusedAddressReason('10.1.2.3', policy)).toMatch(/private/);
    expect(refusedAddressReason('192.168.0.1', policy)).toMatch(/private/);
    expect(refusedAddressReason('::ffff:127.0.0.1', policy)).toMatch(/loopback/);
    expect(refusedAddressReason('fd00::1', policy)).toMatch(/private/);
    expect(refusedAddressReason('127.0.0.1', { allowLoopback: true })).toBeUndefined();
  });
});
