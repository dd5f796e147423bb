import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { NormalizedFeed } from '../../../src/domain/feed.js';
import { FeedParseError } from '../../../src/ingest/parse/feed-parse-error.js';
import { parseFeed } from '../../../src/ingest/parse/parse-feed.js';
import { corpusPath } from './scorers/corpus-path.js';
import { seededRandom as prng } from '../../../src/domain/seeded-random.js';


function corpusFeeds(): Buffer[] {
  const dirs = [corpusPath('rome', 'feeds'), corpusPath('gofeed', 'testdata', 'translator', 'rss'), corpusPath('gofeed', 'testdata', 'translator', 'atom'), corpusPath('gofeed', 'testdata', 'translator', 'json'), corpusPath('rss-parser', 'input')];
  const out: Buffer[] = [];
  for (const dir of dirs) {
    for (const file of fs.readdirSync(dir).sort()) {
      // gofeed keeps expected outputs as .json beside XML inputs: only the json/ folder's inputs are feeds
      const isFeed = /\.(xml|rss|atom)$/.test(file) || (dir.endsWith('json') && file.endsWith('.json') && !file.endsWith('_expected.json'));
      if (!isFeed) continue;
      const bytes = fs.readFileSync(path.join(dir, file));
      if (bytes.length < 200_000) out.push(bytes);
    }
  }
  return out;
}

const INJECTIONS = ['&lol;', '&#xD800;', '&#0;', '&nbsp;', '&', '<', ']]>', '<![CDATA[', '<!DOCTYPE x [<!ENTITY a "b">]>', '<?xml version="1.0" encoding="utf-16"?>', '\u0000', '\uFEFF', '<item>', '</channel>', 'xmlns:dc="urn:x"', '{"items": [', '"version": 7,'];

type Mutation = (input: Buffer, random: () => number) => Buffer;

const MUTATIONS: [string, Mutation][] = [
  ['byte flips', (input, random) => {
    const out = Buffer.from(input);
    const flips = 1 + Math.floor(random() * 8);
    for (let i = 0; i < flips && out.length > 0; i++) out[Math.floor(random() * out.length)] = Math.floor(random() * 256);
    return out;
  }],
  ['truncation', (input, random) => input.subarray(0, Math.floor(random() * input.length))],
  ['tag deletion', (input, random) => {
    const text = input.toString('latin1');
    const tags = [...text.matchAll(/<[^>]{1,80}>/g)];
    const tag = tags[Math.floor(random() * tags.length)];
    if (!tag || tag.index === undefined) return input;
    return Buffer.from(text.slice(0, tag.index) + text.slice(tag.index + tag[0].length), 'latin1');
  }],
  ['entity injection', (input, random) => {
    const at = Math.floor(random() * input.length);
    const injected = INJECTIONS[Math.floor(random() * INJECTIONS.length)] ?? '&x;';
    return Buffer.concat([input.subarray(0, at), Buffer.from(injected, 'utf8'), input.subarray(at)]);
  }],
  ['segment duplication', (input, random) => {
    const start = Math.floor(random() * input.length);
    const end = Math.min(input.length, start + Math.floor(random() * 400));
    return Buffer.concat([input.subarray(0, end), input.subarray(start, end), input.subarray(end)]);
  }],
];

function checkFeed(feed: NormalizedFeed): void {
  expect(Array.isArray(feed.items)).toBe(true);
  expect(['rss', 'atom', 'json']).toContain(feed.format);
  for (const item of feed.items) {
    for (const date of [item.publishedAt, item.updatedAt]) if (date) expect(Number.isNaN(date.getTime())).toBe(false);
    expect(Array.isArray(item.authors) && Array.isArray(item.enclosures)).toBe(true);
  }
}

describe('parseFeed fuzz (seeded mutations of corpus feeds)', () => {
  it('never crashes: every case is a NormalizedFeed or a FeedParseError', () => {
    const feeds = corpusFeeds();
    const random = prng(20240517);
    const CASES = 3000;
    const outcomes = new Map<string, number>();
    let slowest = 0;
    for (let i = 0; i < CASES; i++) {
      const source = feeds[Math.floor(random() * feeds.length)] ?? Buffer.alloc(0);
      const [name, mutate] = MUTATIONS[i % MUTATIONS.length] ?? MUTATIONS[0]!;
      const input = mutate(source, random);
      const started = performance.now();
      let outcome: string;
      try {
        checkFeed(parseFeed(input, { url: 'https://fuzz.example/feed' }));
        outcome = 'feed';
      } catch (error) {
        if (!(error instanceof FeedParseError)) throw new Error(`case ${i} (${name}) threw ${String(error)}`);
        expect(error.message.startsWith(error.code)).toBe(true);
        outcome = error.code;
      }
      slowest = Math.max(slowest, performance.now() - started);
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }
    console.log(`fuzz: ${CASES} cases over ${feeds.length} feeds; outcomes ${JSON.stringify(Object.fromEntries(outcomes))}; slowest case ${slowest.toFixed(1)} ms`);
    expect([...outcomes.values()].reduce((a, b) => a + b, 0)).toBe(CASES);
    expect(outcomes.get('feed') ?? 0).toBeGreaterThan(CASES / 4);
  });
});
