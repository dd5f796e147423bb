import fs from 'node:fs';
import path from 'node:path';
import type { FeedPerson, NormalizedFeed } from '../../../../src/domain/feed.js';
import { htmlToText } from '../../../../src/ingest/sanitize.js';
import { parseFeed } from '../../../../src/ingest/parse/parse-feed.js';
import { corpusPath, type GroupScore } from './corpus-path.js';

type Universal = Record<string, unknown>;

const VERSION_NAMES: Record<string, string> = {
  rss090: '0.9', rss091u: '0.91', rss091n: '0.91', rss092: '0.92', rss093: '0.93', rss094: '0.94', rss10: '1.0', rss20: '2.0',
  atom03: '0.3', atom10: '1.0', json10: '1.0', json11: '1.1',
};

/** Our model as gofeed's universal model (only the fields a gateway model keeps). */
export function toGofeedUniversal(feed: NormalizedFeed): Universal {
  return {
    feedType: feed.format,
    feedVersion: VERSION_NAMES[feed.version] ?? '',
    title: feed.title,
    description: feed.description,
    link: feed.link,
    feedLink: feed.feedUrl,
    updatedParsed: feed.updatedAt?.toISOString(),
    publishedParsed: feed.publishedAt?.toISOString(),
    author: person(feed.authors[0]),
    authors: feed.authors.map(person),
    language: feed.language,
    image: feed.image ? { url: feed.image.url, title: feed.image.title } : undefined,
    copyright: feed.copyright,
    generator: feed.generator,
    categories: feed.categories,
    items: feed.items.map((item) => ({
      title: item.title,
      description: item.summaryHtml ?? item.summary,
      content: item.contentHtml,
      link: item.url,
      guid: item.id,
      updatedParsed: item.updatedAt?.toISOString(),
      publishedParsed: item.publishedAt?.toISOString(),
      author: person(item.authors[0]),
      authors: item.authors.map(person),
      image: item.image ? { url: item.image.url, title: item.image.title } : undefined,
      categories: item.categories,
      enclosures: item.enclosures.map((e) => ({ url: e.url, type: e.type, length: e.length === undefined ? undefined : String(e.length) })),
    })),
  };
}

/** The name falls back to the email in our model when a feed gives no name; gofeed leaves it empty. */
function person(p: FeedPerson | undefined): Universal | undefined {
  if (!p) return undefined;
  return { name: p.email && p.name === p.email ? undefined : p.name, email: p.email, url: p.url };
}

const FEED_KEYS = ['feedType', 'feedVersion', 'title', 'description', 'link', 'feedLink', 'updatedParsed', 'publishedParsed', 'author', 'authors', 'language', 'image', 'copyright', 'generator', 'categories'];
const ITEM_KEYS = ['title', 'description', 'content', 'link', 'guid', 'updatedParsed', 'publishedParsed', 'author', 'authors', 'image', 'categories', 'enclosures'];
const HTML_KEYS = new Set(['description', 'content']);

/** Canonical form for comparison: missing = empty, HTML fields by their text, dates by instant. */
function canonical(key: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  if (HTML_KEYS.has(key) && typeof value === 'string') return htmlToText(value);
  if (key.endsWith('Parsed') && typeof value === 'string') return String(Date.parse(value));
  if (Array.isArray(value) && value.length === 0) return '';
  return JSON.stringify(sortKeys(value));
}

/** Keys sorted, empty values and gofeed-only keys (avatar: our people have no picture) dropped. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v === undefined || v === null || v === '' || key === 'avatar') continue;
      out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

export interface GofeedResult {
  files: GroupScore;
  fields: GroupScore[];
  failures: string[];
}

export function scoreGofeedTranslator(): GofeedResult {
  const root = corpusPath('gofeed', 'testdata', 'translator');
  const perField = new Map<string, GroupScore>();
  const files: GroupScore = { group: 'whole files', passed: 0, total: 0 };
  const failures: string[] = [];
  const bump = (field: string, ok: boolean): void => {
    const s = perField.get(field) ?? { group: field, passed: 0, total: 0 };
    s.total++;
    if (ok) s.passed++;
    perField.set(field, s);
  };
  for (const kind of ['rss', 'atom', 'json']) {
    const dir = path.join(root, kind);
    for (const file of fs.readdirSync(dir).sort()) {
      const isJsonInput = kind === 'json' && !file.endsWith('_expected.json');
      if (!file.endsWith('.xml') && !isJsonInput) continue;
      const expectedFile = path.join(dir, isJsonInput ? file.replace(/\.json$/, '_expected.json') : file.replace(/\.xml$/, '.json'));
      if (!fs.existsSync(expectedFile)) continue;
      files.total++;
      const expected = JSON.parse(fs.readFileSync(expectedFile, 'utf8')) as Universal;
      let actual: Universal;
      try {
        actual = toGofeedUniversal(parseFeed(fs.readFileSync(path.join(dir, file))));
      } catch (error) {
        failures.push(`${kind}/${file}: ${String(error)}`);
        for (const key of FEED_KEYS) bump(`feed.${key}`, false);
        continue;
      }
      let whole = true;
      const compare = (label: string, key: string, e: unknown, a: unknown): void => {
        const ce = canonical(key, e);
        const ca = canonical(key, a);
        if (ce === '' && ca === '') return;
        const ok = ce === ca;
        bump(label, ok);
        if (!ok) {
          whole = false;
          failures.push(`${kind}/${file}: ${label} expected ${ce.slice(0, 120)} got ${ca.slice(0, 120)}`);
        }
      };
      for (const key of FEED_KEYS) compare(`feed.${key}`, key, expected[key], actual[key]);
      const eItems = (expected.items as Universal[] | undefined) ?? [];
      const aItems = (actual.items as Universal[] | undefined) ?? [];
      bump('feed.items.length', eItems.length === aItems.length);
      for (let i = 0; i < Math.max(eItems.length, aItems.length); i++) {
        for (const key of ITEM_KEYS) compare(`item.${key}`, key, eItems[i]?.[key], aItems[i]?.[key]);
      }
      if (whole && eItems.length === aItems.length) files.passed++;
    }
  }
  return { files, fields: [...perField.values()].sort((a, b) => a.group.localeCompare(b.group)), failures };
}
