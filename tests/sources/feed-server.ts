import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, body: Buffer) => void | Promise<void>;

/** A local HTTP server for source tests: routes by path, counts requests per path, keeps request headers. */
export async function startFeedServer() {
  const routes = new Map<string, Handler>();
  const requests = new Map<string, number>();
  const seen: { path: string; method: string; headers: http.IncomingHttpHeaders; body: string }[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const body = Buffer.concat(chunks);
      requests.set(path, (requests.get(path) ?? 0) + 1);
      seen.push({ path, method: req.method ?? '', headers: req.headers, body: body.toString('utf8') });
      const handler = routes.get(path);
      if (!handler) return void res.writeHead(404).end('not found');
      Promise.resolve(handler(req, res, body)).catch((error: Error) => res.writeHead(500).end(error.message));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    routes,
    requests,
    seen,
    count: (path: string) => requests.get(path) ?? 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface TestItem {
  guid: string;
  title: string;
  date: Date;
}

/** An RSS 2.0 feed written for these tests; `head` goes into the channel (atom:link hub/self, ttl). */
export function rss(title: string, items: readonly TestItem[], head = ''): string {
  const entries = items
    .map((item) => `<item><guid isPermaLink="false">${item.guid}</guid><title>${item.title}</title><link>https://news.test/${item.guid}</link><description>${item.title}: a report about the council budget.</description><pubDate>${item.date.toUTCString()}</pubDate></item>`)
    .join('');
  return `<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>${title}</title><link>https://news.test/</link><description>d</description>${head}${entries}</channel></rss>`;
}

/** `count` items an hour apart, the newest `newestAgoMs` before `now`. */
export function hourlyItems(prefix: string, count: number, now: Date, newestAgoMs = 30 * 60_000): TestItem[] {
  return Array.from({ length: count }, (_, i) => ({
    guid: `${prefix}-${i}`,
    title: `${prefix} story ${i}`,
    date: new Date(now.getTime() - newestAgoMs - i * 3_600_000),
  }));
}
