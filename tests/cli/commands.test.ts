import { spawnSync } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, SEED_FILE } from '../support/app.js';

function newsgraph(...args: string[]) {
  const result = spawnSync('npx', ['newsgraph', ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, LOG_LEVEL: 'silent' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npx newsgraph (no database)', () => {
  it('parse-feed prints the normalized feed as JSON', () => {
    const { code, stdout } = newsgraph('parse-feed', 'demo/markets.feed.json', '--json');
    expect(code).toBe(0);
    const feed = JSON.parse(stdout) as { title: string; items: { id: string; url: string; title: string; publishedAt: string; authors: { name: string }[]; categories: string[]; enclosures: unknown[] }[] };
    expect(feed.title).toBe('Example Markets Daily');
    expect(feed.items[0]).toMatchObject({
      id: 'markets-2025-10-14-energy-stocks',
      url: 'https://markets.example/2025/10/14/energy-stocks',
      title: 'Energy stocks climb as solar orders surge',
      publishedAt: '2025-10-14T13:20:00.000Z',
      authors: [{ name: 'Tomás Ribeiro' }],
      categories: ['Energy', 'Markets'],
      enclosures: [],
    });
  });

  it('extract prints the seed as a clean article with people, topics and quotes', () => {
    const { code, stdout } = newsgraph('extract', SEED_FILE, '--json');
    expect(code).toBe(0);
    const article = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(article)).toEqual(['title', 'url', 'publishedAt', 'language', 'authors', 'summary', 'bodyText', 'bodyHtml', 'images', 'relatedLinks', 'topics', 'people', 'quotes']);
    expect(article.publishedAt).toBe('2023-05-04T09:24:00.000Z');
    expect(article.authors).toEqual([{ name: 'Asher McShane' }]);
    expect((article.people as { name: string }[]).map((p) => p.name).sort()).toEqual(['Dmitry Medvedev', 'Mykhailo Podolyak', 'Vladimir Putin', 'Volodymyr Zelenskyy']);
    expect((article.quotes as { speaker: string }[]).some((q) => q.speaker === 'Kremlin')).toBe(true);
  });

  it('fails with a specific message and exit code 2 on bad input', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ng-cli-'));
    const broken = path.join(dir, 'broken.xml');
    writeFileSync(broken, '<rss version="2.0"><channel><item><title>x');
    const parse = newsgraph('parse-feed', broken, '--json');
    expect(parse.code).toBe(2);
    expect(parse.stderr).toMatch(/^newsgraph: PARSE_FAILED: MALFORMED_XML: .*line 1, column \d+/);
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const extract = newsgraph('extract', empty, '--json');
    expect(extract.code).toBe(2);
    expect(extract.stderr).toMatch(/^newsgraph: NOT_AN_ARTICLE: EMPTY: /);
    const missing = newsgraph('parse-feed', path.join(dir, 'nope.xml'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/ENOENT|no such file/);
  });
});

describe('npx newsgraph ingest (real database)', () => {
  it('ingests files into the graph, and a second run changes nothing', async () => {
    const { testMongoUri } = await import('../support/test-db.js');
    const { MongoClient } = await import('mongodb');
    const db = `ngtest_cli_ingest_${process.pid}`;
    const env = { ...process.env, MONGODB_URI: testMongoUri(), MONGODB_DB: db, LOG_LEVEL: 'silent' };
    const run = () => spawnSync('npx', ['newsgraph', 'ingest', 'demo/world-desk.rss.xml', SEED_FILE], { cwd: REPO_ROOT, encoding: 'utf8', env });
    try {
      const first = run();
      expect(first.status).toBe(0);
      expect(first.stdout).toBe(`demo/world-desk.rss.xml: 4 items, 4 new, 0 updated, 0 unchanged\n${SEED_FILE}: 1 items, 1 new, 0 updated, 0 unchanged\n`);
      const second = run();
      expect(second.stdout).toBe(`demo/world-desk.rss.xml: 4 items, 0 new, 0 updated, 4 unchanged\n${SEED_FILE}: 1 items, 0 new, 0 updated, 1 unchanged\n`);
    } finally {
      const client = new MongoClient(testMongoUri());
      await client.db(db).dropDatabase();
      await client.close();
    }
  });
});
