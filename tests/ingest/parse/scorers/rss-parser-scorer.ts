import fs from 'node:fs';
import type { FeedItem, NormalizedFeed } from '../../../../src/domain/feed.js';
import { FeedParseError } from '../../../../src/ingest/parse/feed-parse-error.js';
import { parseFeed } from '../../../../src/ingest/parse/parse-feed.js';
import { corpusPath, type GroupScore } from './corpus-path.js';
import { htmlToText } from '../../../../src/ingest/sanitize.js';

interface Case {
  name: string;
  input: string;
  expected?: string;
  expectError?: string;
  expectAbsent?: string;
}

type Json = Record<string, unknown>;

const FIELDS = ['feed.title', 'feed.link', 'item.title', 'item.link', 'item.guid', 'item.isoDate', 'item.author', 'item.categories', 'item.enclosure', 'error'] as const;

function norm(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value.replace(/\s+/g, ' ').trim();
}

/** rss-parser keeps categories as strings or xml2js objects `{_: text, $: {domain}}`. */
function categoryTexts(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((c) => (typeof c === 'string' ? c : norm((c as Json)?._))).map(norm).filter((c) => c !== '');
}

/** An author string (`email (Name)`, `Name`, dc:creator) names our person when the name and email agree. */
function authorMatches(expected: string, item: FeedItem): boolean {
  return item.authors.some((p) => {
    if (expected === p.name || expected === p.email) return true;
    return expected.includes(p.name) && (!p.email || expected.includes(p.email));
  });
}

function checkItem(e: Json, a: FeedItem | undefined, bump: (field: string, ok: boolean, detail: string) => void): void {
  // rss-parser leaves entity references and tags in titles; our title is their plain text
  const title = norm(htmlToText(norm(e.title)));
  if (title) bump('item.title', norm(a?.title) === title, `${title} | ${a?.title}`);
  const link = norm(e.link);
  if (link) bump('item.link', a?.url === link, `${link} | ${a?.url}`);
  const guid = norm(e.guid ?? e.id);
  if (guid) bump('item.guid', a?.id === guid, `${guid} | ${a?.id}`);
  const iso = norm(e.isoDate);
  if (iso) {
    const ours = a?.publishedAt ?? a?.updatedAt;
    bump('item.isoDate', ours?.getTime() === Date.parse(iso), `${iso} | ${ours?.toISOString()}`);
  }
  const author = norm(e.creator ?? e.author);
  if (author) bump('item.author', a !== undefined && authorMatches(author, a), `${author} | ${JSON.stringify(a?.authors)}`);
  const categories = categoryTexts(e.categories);
  if (categories.length > 0) bump('item.categories', categories.every((c) => a?.categories.includes(c)), `${categories.join(',')} | ${a?.categories.join(',')}`);
  const enclosure = e.enclosure as Json | undefined;
  if (enclosure && typeof enclosure.url === 'string') {
    const ours = a?.enclosures.find((x) => x.url === enclosure.url);
    const ok = ours !== undefined && (enclosure.type === undefined || ours.type === enclosure.type) && (enclosure.length === undefined || String(ours.length ?? '') === String(enclosure.length).trim());
    bump('item.enclosure', ok, `${JSON.stringify(enclosure)} | ${JSON.stringify(a?.enclosures)}`);
  }
}

export interface RssParserScore {
  fields: GroupScore[];
  failures: string[];
  /** Comparisons skipped because rss-parser's expected value is mis-decoded (contains U+FFFD). */
  skipped: number;
}

/**
 * rbren/rss-parser's real feeds: the fields every gateway needs (feed title/link; item title, link,
 * guid, date, author, categories, enclosure). rss-parser-only shapes (xml2js objects, customFields,
 * itunes blocks) are not compared.
 */
export function scoreRssParser(): RssParserScore {
  const cases = (JSON.parse(fs.readFileSync(corpusPath('rss-parser', 'cases.json'), 'utf8')) as { cases: Case[] }).cases;
  const scores = new Map<string, GroupScore>(FIELDS.map((f) => [f, { group: f, passed: 0, total: 0 }]));
  const failures: string[] = [];
  let skipped = 0;
  for (const c of cases) {
    const bump = (field: string, ok: boolean, detail: string): void => {
      const s = scores.get(field);
      if (!s) return;
      // rss-parser read some latin-1 feeds as UTF-8: its expected text holds U+FFFD, not a reference value
      if (detail.split(' | ')[0]?.includes('\uFFFD')) {
        skipped++;
        return;
      }
      s.total++;
      if (ok) s.passed++;
      else failures.push(`${c.name}: ${field}: ${detail}`);
    };
    const bytes = fs.readFileSync(corpusPath('rss-parser', 'input', c.input));
    let feed: NormalizedFeed | undefined;
    try {
      feed = parseFeed(bytes);
    } catch (error) {
      if (c.expectError) {
        bump('error', error instanceof FeedParseError, String(error));
        continue;
      }
      bump('feed.title', false, `threw ${String(error)}`);
      continue;
    }
    if (c.expectError) {
      bump('error', false, 'parsed, expected an error');
      continue;
    }
    if (!c.expected) continue;
    const expected = (JSON.parse(fs.readFileSync(corpusPath('rss-parser', 'output', c.expected), 'utf8')) as { feed: Json }).feed;
    if (norm(expected.title)) bump('feed.title', norm(feed.title) === norm(expected.title), `${norm(expected.title)} | ${feed.title}`);
    if (norm(expected.link)) bump('feed.link', feed.link === norm(expected.link), `${norm(expected.link)} | ${feed.link}`);
    const items = Array.isArray(expected.items) ? (expected.items as Json[]) : [];
    items.forEach((item, i) => checkItem(item, feed?.items[i], bump));
  }
  return { fields: [...scores.values()], failures, skipped };
}
