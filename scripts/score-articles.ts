/**
 * Scores article extraction on ../shared/corpus/readability (130 pages with Readability's expected output):
 * body = 4-gram-shingle F1 of our bodyText against the text of expected.html; title exact; byline and
 * published time where the expected metadata has them. `npm run score:articles` prints the table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { ExtractError } from '../src/ingest/extract/extract-error.js';
import { extractHtmlArticle } from '../src/ingest/extract/extract-html-article.js';
import { parseDateTime } from '../src/ingest/extract/zoned-time.js';
import { htmlToText } from '../src/ingest/sanitize.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const readabilityCorpusDir = path.resolve(repoRoot, '../shared/corpus/readability/test-pages');
/** Upstream runs every page at this URL; relative links in expected.html resolve against it. */
export const CORPUS_PAGE_URL = 'http://fakehost/test/page.html';

export interface CorpusPage {
  name: string;
  html: string;
  expectedHtml: string;
  expected: { title?: string | null; byline?: string | null; publishedTime?: string | null; lang?: string | null };
}

export function loadReadabilityCorpus(): CorpusPage[] {
  return fs
    .readdirSync(readabilityCorpusDir)
    .sort()
    .map((name) => {
      const dir = path.join(readabilityCorpusDir, name);
      return {
        name,
        html: zlib.gunzipSync(fs.readFileSync(path.join(dir, 'source.html.gz'))).toString('utf8'),
        expectedHtml: fs.readFileSync(path.join(dir, 'expected.html'), 'utf8'),
        expected: JSON.parse(fs.readFileSync(path.join(dir, 'expected-metadata.json'), 'utf8')) as CorpusPage['expected'],
      };
    });
}

function shingles(text: string): Map<string, number> {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  const out = new Map<string, number>();
  for (let i = 0; i + 4 <= Math.max(words.length, 4) && i < words.length; i++) {
    const key = words.slice(i, i + 4).join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** F1 of the multisets of word 4-grams (shorter texts count as one gram). */
export function shingleF1(ours: string, expected: string): number {
  const a = shingles(ours);
  const b = shingles(expected);
  let inter = 0;
  let na = 0;
  let nb = 0;
  for (const v of a.values()) na += v;
  for (const v of b.values()) nb += v;
  for (const [k, v] of a) inter += Math.min(v, b.get(k) ?? 0);
  if (na === 0 && nb === 0) return 1;
  if (na === 0 || nb === 0 || inter === 0) return 0;
  const p = inter / na;
  const r = inter / nb;
  return (2 * p * r) / (p + r);
}

const NOT_NAME_TOKENS = new Set(['by', 'par', 'von', 'por', 'written', 'edited', 'updated', 'last', 'and', 'et', 'avec', 'at', 'am', 'pm', 'on']);
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*$/;

function nameTokens(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/https?:\S+/g, ' ')
      .split(/[^\p{L}]+/u)
      .filter((t) => t && !NOT_NAME_TOKENS.has(t) && !MONTH.test(t)),
  );
}

/**
 * Our authors against Readability's byline string: every name token we give must be in the byline
 * (no extra words) and we must cover at least half of its tokens (bylines carry dates, roles, "By").
 */
export function bylineMatches(authors: readonly { name: string }[], expectedByline: string): boolean {
  const ours = nameTokens(authors.map((a) => a.name).join(' '));
  // Lines after the first carry affiliations and dates ("WebMD Health News"), unless the first is only "By".
  const lines = expectedByline.split('\n').map((l) => l.trim()).filter(Boolean);
  const firstLine = /^(?:by|par|von)$/i.test(lines[0] ?? '') ? lines.slice(0, 2).join(' ') : (lines[0] ?? '');
  const expected = nameTokens(firstLine);
  if (ours.size === 0) return expected.size === 0;
  let shared = 0;
  for (const t of ours) if (expected.has(t)) shared++;
  return shared === ours.size && shared >= expected.size * 0.5;
}

/**
 * Same instant when the expected time has a zone; for a zoneless expected time (a wall clock), the same
 * wall clock read in any zone: a difference of whole quarter-hours within ±14 h.
 */
export function publishedMatches(ours: Date | undefined, expectedTime: string): boolean {
  const expected = parseDateTime(expectedTime);
  if (!expected || !ours) return false;
  const diff = Math.floor(ours.getTime() / 1000) * 1000 - Math.floor(expected.date.getTime() / 1000) * 1000;
  if (expected.zoneSource === 'text') return diff === 0;
  return Math.abs(diff) <= 14 * 3600_000 && diff % (15 * 60_000) === 0;
}

export interface PageScore {
  name: string;
  f1: number;
  title: boolean;
  byline?: boolean;
  published?: boolean;
  error?: string;
}

export interface CorpusScore {
  pages: PageScore[];
  bodyF1: number;
  titleExact: number;
  byline: number;
  bylineCount: number;
  published: number;
  publishedCount: number;
}

export function scoreReadabilityCorpus(pages: CorpusPage[] = loadReadabilityCorpus()): CorpusScore {
  const scores: PageScore[] = pages.map((page) => {
    const expectedText = htmlToText(page.expectedHtml);
    try {
      const draft = extractHtmlArticle(page.html, { url: CORPUS_PAGE_URL });
      const score: PageScore = { name: page.name, f1: shingleF1(draft.bodyText, expectedText), title: draft.title === (page.expected.title ?? '').replace(/\s+/g, ' ').trim() };
      if (page.expected.byline) score.byline = bylineMatches(draft.authors, page.expected.byline);
      if (page.expected.publishedTime) score.published = publishedMatches(draft.publishedAt, page.expected.publishedTime);
      return score;
    } catch (error) {
      const message = error instanceof ExtractError ? `${error.code}: ${error.message}` : String(error);
      return { name: page.name, f1: 0, title: false, ...(page.expected.byline ? { byline: false } : {}), ...(page.expected.publishedTime ? { published: false } : {}), error: message };
    }
  });
  const rate = (values: (boolean | undefined)[]): { rate: number; count: number } => {
    const defined = values.filter((v): v is boolean => v !== undefined);
    return { rate: defined.length ? defined.filter(Boolean).length / defined.length : 1, count: defined.length };
  };
  const byline = rate(scores.map((s) => s.byline));
  const published = rate(scores.map((s) => s.published));
  return {
    pages: scores,
    bodyF1: scores.reduce((sum, s) => sum + s.f1, 0) / Math.max(scores.length, 1),
    titleExact: rate(scores.map((s) => s.title)).rate,
    byline: byline.rate,
    bylineCount: byline.count,
    published: published.rate,
    publishedCount: published.count,
  };
}

export function formatScoreTable(score: CorpusScore, all = false): string {
  const mark = (v: boolean | undefined): string => (v === undefined ? '-' : v ? 'ok' : 'MISS');
  const rows = score.pages
    .filter((p) => all || p.f1 < 0.95 || !p.title || p.byline === false || p.published === false || p.error)
    .map((p) => `${p.name.padEnd(42)} ${p.f1.toFixed(3)}  ${mark(p.title).padEnd(5)} ${mark(p.byline).padEnd(5)} ${mark(p.published).padEnd(5)} ${p.error ?? ''}`);
  return [
    `${'page'.padEnd(42)} F1     title byline published`,
    ...rows,
    '',
    `pages ${score.pages.length}  body 4-gram F1 avg ${score.bodyF1.toFixed(4)}  title exact ${(score.titleExact * 100).toFixed(1)}%  ` +
      `byline ${(score.byline * 100).toFixed(1)}% of ${score.bylineCount}  published ${(score.published * 100).toFixed(1)}% of ${score.publishedCount}`,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatScoreTable(scoreReadabilityCorpus(), process.argv.includes('--all')));
}
