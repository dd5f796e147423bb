import fs from 'node:fs';
import { FeedParseError } from '../../../../src/ingest/parse/feed-parse-error.js';
import { parseFeed } from '../../../../src/ingest/parse/parse-feed.js';
import { corpusPath, type GroupScore } from './corpus-path.js';
import { toFeedparser, type FeedparserResult } from './feedparser-adapter.js';
import { parseDate } from '../../../../src/ingest/parse/parse-date.js';
import { structTime } from './feedparser-adapter.js';

interface Check {
  path: (string | number)[];
  op: '==' | '!=' | 'is' | 'truthy' | 'falsy' | 'contains' | 'not_contains' | 'len==';
  value?: unknown;
}

interface Expectation {
  file: string;
  group: string;
  expect: string;
  http_headers?: Record<string, string>;
  checks: Check[] | null;
}

export interface FeedparserScore {
  areas: GroupScore[];
  sanitize: GroupScore;
  outsideSanitize: GroupScore;
  failures: { area: string; file: string; expect: string; why: string }[];
}

/** Area = the folder under tests/wellformed, or the top folder (entities, encoding, illformed, json). */
export function areaOf(file: string): string {
  const parts = file.split('/');
  return parts[1] === 'wellformed' ? (parts[2] ?? 'wellformed') : (parts[1] ?? 'other');
}

function lookup(root: unknown, path: (string | number)[]): { found: boolean; value: unknown } {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || node === undefined || typeof node !== 'object') return { found: false, value: undefined };
    const record = node as Record<string | number, unknown>;
    // feedparser's dict aliases `url` to `href`
    const next: unknown = key in record ? record[key] : key === 'url' ? record.href : undefined;
    if (next === undefined) return { found: false, value: undefined };
    node = next;
  }
  return { found: true, value: node };
}

function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value && typeof value === 'object') return Object.keys(value).length > 0;
  return Boolean(value);
}

/** Equivalent HTML serializations of the same character (`&#38;` ≡ `&amp;`) compare equal. */
function canonicalReferences(value: unknown): unknown {
  if (typeof value !== 'string' || value.indexOf('&#') === -1) return value;
  return value.replace(/&#(x26|38);/gi, '&amp;').replace(/&#(x3c|60);/gi, '&lt;').replace(/&#(x3e|62);/gi, '&gt;');
}

function equal(x: unknown, y: unknown): boolean {
  const a = canonicalReferences(x);
  const b = canonicalReferences(y);
  // Python: True == 1 and False == 0, both ways
  if (typeof b === 'boolean' && typeof a === 'number') return a === Number(b);
  if (typeof a === 'boolean' && typeof b === 'number') return Number(a) === b;
  if (b && typeof b === 'object' && '$datetime' in b) return a === (b as { $datetime: string }).$datetime;
  // Python timedelta: compared as seconds
  if (b && typeof b === 'object' && '$timedelta_seconds' in b) return a === (b as { $timedelta_seconds: number }).$timedelta_seconds;
  return JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));
}

/** Dict comparison ignores key order, as Python's does. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sorted(v)]));
  }
  return value;
}

function evaluate(result: FeedparserResult, check: Check): boolean {
  const { found, value } = lookup(result, check.path);
  switch (check.op) {
    case 'falsy':
      return !truthy(value);
    case 'truthy':
      return found && truthy(value);
    case '==':
      return found && equal(value, check.value);
    case '!=':
      return !equal(value, check.value);
    case 'is':
      return check.value === null ? value === null : found && equal(value, check.value);
    case 'contains':
      return found && (typeof value === 'string' || Array.isArray(value)) && value.includes(check.value as never);
    case 'not_contains':
      return !found || !((typeof value === 'string' || Array.isArray(value)) && value.includes(check.value as never));
    case 'len==':
      return found && (Array.isArray(value) || typeof value === 'string') && value.length === check.value;
  }
}

/** Runs one expectation line: parse (as HTTP when the harness says so), adapt, evaluate every check. */
export function runExpectation(e: Expectation): { ok: boolean; why: string } {
  if (!e.checks) return { ok: false, why: 'unstructured' };
  const bytes = fs.readFileSync(corpusPath('feedparser', e.file));
  const isHttp = /\/(bozo_)?http_[^/]*$/.test(e.file) || e.http_headers !== undefined;
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(e.http_headers ?? {})) headers[k.toLowerCase()] = v;
  if (isHttp && headers['content-type'] === undefined) headers['content-type'] = 'text/xml';
  const url = isHttp ? `http://127.0.0.1:8097/${e.file}` : undefined;
  let result: FeedparserResult;
  try {
    const feed = parseFeed(bytes, { ...(url ? { url } : {}), ...(isHttp ? { headers } : {}) });
    result = toFeedparser(feed, headers['content-location'] ?? url);
  } catch (error) {
    if (!(error instanceof FeedParseError)) return { ok: false, why: `crash: ${String(error)}` };
    result = { bozo: 1, bozo_exception: error.message, feed: {}, entries: [] };
  }
  const checks = [...e.checks];
  if (e.group === 'wellformed' && !checks.some((c) => c.path[0] === 'bozo')) checks.push({ path: ['bozo'], op: 'falsy' });
  if (e.group === 'entities' && !checks.some((c) => c.path[0] === 'bozo')) checks.push({ path: ['bozo'], op: 'truthy' });
  for (const check of checks) {
    if (!evaluate(result, check)) {
      const got = lookup(result, check.path).value;
      return { ok: false, why: `${check.path.join('.')} ${check.op} ${JSON.stringify(check.value)}; got ${JSON.stringify(got)?.slice(0, 200)}${result.bozo_exception ? ` (${String(result.bozo_exception)})` : ''}` };
    }
  }
  return { ok: true, why: '' };
}

export function scoreFeedparser(): FeedparserScore {
  const lines = fs.readFileSync(corpusPath('feedparser', 'expectations.jsonl'), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const byArea = new Map<string, GroupScore>();
  const failures: FeedparserScore['failures'] = [];
  for (const line of lines) {
    const e = JSON.parse(line) as Expectation;
    const area = areaOf(e.file);
    const score = byArea.get(area) ?? { group: area, passed: 0, total: 0 };
    byArea.set(area, score);
    score.total++;
    const { ok, why } = runExpectation(e);
    if (ok) score.passed++;
    else failures.push({ area, file: e.file, expect: e.expect, why });
  }
  const areas = [...byArea.values()].sort((a, b) => b.total - a.total);
  const sanitize = byArea.get('sanitize') ?? { group: 'sanitize', passed: 0, total: 0 };
  const outside = areas.filter((a) => a.group !== 'sanitize').reduce((s, a) => ({ ...s, passed: s.passed + a.passed, total: s.total + a.total }), { group: 'ALL outside sanitize', passed: 0, total: 0 });
  return { areas, sanitize, outsideSanitize: outside, failures };
}

/** feedparser's date vectors: each string → expected UTC struct_time, or null (must be rejected). */
export function scoreDateVectors(): { score: GroupScore; failures: string[] } {
  const data = JSON.parse(fs.readFileSync(corpusPath('feedparser', 'date-vectors.json'), 'utf8')) as { vectors: { input: string; expected_utc: number[] | null; parser: string }[] };
  const score: GroupScore = { group: 'date vectors', passed: 0, total: 0 };
  const failures: string[] = [];
  for (const v of data.vectors) {
    score.total++;
    const got = structTime(parseDate(v.input)) ?? null;
    if (JSON.stringify(got) === JSON.stringify(v.expected_utc)) score.passed++;
    else failures.push(`${v.parser} ${JSON.stringify(v.input)}: expected ${JSON.stringify(v.expected_utc)} got ${JSON.stringify(got)}`);
  }
  return { score, failures };
}
