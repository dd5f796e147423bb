/**
 * Scores story clustering against the UCI News Aggregator sample: every headline is ingested as an
 * article (title + publisher + time) in TIMESTAMP order through StoryIndex → assignStory, the exact
 * decision the gateway runs, and our stories are compared with the gold STORY column.
 *
 * A control run ingests the same headlines in a fixed shuffled order with one shared timestamp: in this
 * sample every gold story is one contiguous run of crawl times, so a clusterer that leaned on arrival order
 * or seconds-level time would look good in TIMESTAMP order and collapse in the control.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storySignature } from '../src/ingest/merge/story-signature.js';
import { StoryIndex } from '../src/ingest/merge/story-index.js';
import type { AssignStoryOptions } from '../src/ingest/merge/assign-story.js';
import { seededRandom } from '../src/domain/seeded-random.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const HEADLINES_CSV = path.resolve(repoRoot, '../shared/corpus/uci-news-aggregator-sample/headlines.csv');

export interface Headline {
  id: string;
  title: string;
  publisher: string;
  story: string;
  timestamp: number;
}

/** RFC 4180 rows (quoted fields, doubled quotes, newlines inside quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

export function readHeadlines(file = HEADLINES_CSV): Headline[] {
  const [header, ...rows] = parseCsv(fs.readFileSync(file, 'utf8'));
  if (!header) throw new Error(`${file}: empty CSV`);
  const col = (name: string): number => {
    const at = header.indexOf(name);
    if (at < 0) throw new Error(`${file}: no ${name} column`);
    return at;
  };
  const [id, title, publisher, story, timestamp] = ['ID', 'TITLE', 'PUBLISHER', 'STORY', 'TIMESTAMP'].map(col) as [number, number, number, number, number];
  return rows.map((r) => ({
    id: r[id] ?? '',
    // The export escapes some characters with a backslash ("Star Spin \(blog\)").
    title: (r[title] ?? '').replace(/\\(.)/g, '$1'),
    publisher: (r[publisher] ?? '').replace(/\\(.)/g, '$1'),
    story: r[story] ?? '',
    timestamp: Number(r[timestamp]),
  }));
}

export interface ClusterScores {
  pairwise: { precision: number; recall: number; f1: number };
  bcubed: { precision: number; recall: number; f1: number };
  predictedClusters: number;
  goldClusters: number;
}

const f1 = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);
const pairs = (n: number): number => (n * (n - 1)) / 2;

/** Pairwise and B-cubed precision/recall/F1 of `predicted` against `gold` (both item → cluster label). */
export function clusterScores(gold: string[], predicted: string[]): ClusterScores {
  if (gold.length !== predicted.length) throw new Error('clusterScores: gold and predicted differ in length');
  const goldSize = new Map<string, number>();
  const predSize = new Map<string, number>();
  const cell = new Map<string, number>();
  gold.forEach((g, i) => {
    const p = predicted[i] as string;
    goldSize.set(g, (goldSize.get(g) ?? 0) + 1);
    predSize.set(p, (predSize.get(p) ?? 0) + 1);
    const k = `${p}\u0000${g}`;
    cell.set(k, (cell.get(k) ?? 0) + 1);
  });
  let tp = 0;
  for (const n of cell.values()) tp += pairs(n);
  let predPairs = 0;
  for (const n of predSize.values()) predPairs += pairs(n);
  let goldPairs = 0;
  for (const n of goldSize.values()) goldPairs += pairs(n);
  let bp = 0;
  let br = 0;
  for (const [k, n] of cell) {
    const [p, g] = k.split('\u0000') as [string, string];
    bp += (n * n) / (predSize.get(p) ?? 1);
    br += (n * n) / (goldSize.get(g) ?? 1);
  }
  const N = gold.length || 1;
  const pp = predPairs ? tp / predPairs : 1;
  const pr = goldPairs ? tp / goldPairs : 1;
  return {
    pairwise: { precision: pp, recall: pr, f1: f1(pp, pr) },
    bcubed: { precision: bp / N, recall: br / N, f1: f1(bp / N, br / N) },
    predictedClusters: predSize.size,
    goldClusters: goldSize.size,
  };
}


function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  const rand = seededRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

export interface StoryScoreRun {
  order: 'timestamp' | 'shuffled';
  scores: ClusterScores;
  maxCandidates: number;
  meanCandidates: number;
}

/** Streams the headlines through StoryIndex and scores the stories it forms. */
export function scoreStories(
  headlines: Headline[],
  order: 'timestamp' | 'shuffled',
  options: Partial<AssignStoryOptions> = {},
): StoryScoreRun {
  const sequence =
    order === 'timestamp'
      ? [...headlines].sort((a, b) => a.timestamp - b.timestamp || Number(a.id) - Number(b.id))
      : shuffled(headlines, 20140310);
  const sharedTime = Math.min(...headlines.map((h) => h.timestamp));
  const index = new StoryIndex();
  let maxCandidates = 0;
  let totalCandidates = 0;
  for (const h of sequence) {
    const publishedAt = new Date(order === 'timestamp' ? h.timestamp : sharedTime);
    index.ingest({ articleId: h.id, signature: storySignature({ title: h.title, publishedAt }), publishedAt, source: h.publisher }, options);
    maxCandidates = Math.max(maxCandidates, index.lastCandidateCount);
    totalCandidates += index.lastCandidateCount;
  }
  const gold = headlines.map((h) => h.story);
  const predicted = headlines.map((h) => index.storyOf(h.id) ?? `missing:${h.id}`);
  return { order, scores: clusterScores(gold, predicted), maxCandidates, meanCandidates: totalCandidates / Math.max(1, sequence.length) };
}

export function formatRun(run: StoryScoreRun): string {
  const { pairwise: p, bcubed: b } = run.scores;
  const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
  return [
    `${run.order.padEnd(9)} | pairwise P ${pct(p.precision)} R ${pct(p.recall)} F1 ${pct(p.f1)}`,
    `| B-cubed P ${pct(b.precision)} R ${pct(b.recall)} F1 ${pct(b.f1)}`,
    `| stories ${run.scores.predictedClusters} (gold ${run.scores.goldClusters})`,
    `| candidates/article mean ${run.meanCandidates.toFixed(1)} max ${run.maxCandidates}`,
  ].join(' ');
}

function main(): void {
  const headlines = readHeadlines();
  console.log(`UCI News Aggregator sample: ${headlines.length} headlines, streamed through StoryIndex + assignStory`);
  for (const order of ['timestamp', 'shuffled'] as const) console.log(formatRun(scoreStories(headlines, order)));
  if (process.argv.includes('--storage')) void scoreWithStorage(headlines);
}

/** `--storage [--limit N]`: the same headlines through MongoDB (MONGODB_URI) and assignStories, in a scratch database. */
async function scoreWithStorage(headlines: Headline[]): Promise<void> {
  const { MongoClient } = await import('mongodb');
  const { ensureIndexes } = await import('../src/storage/mongo.js');
  const { createRepositories } = await import('../src/storage/repositories.js');
  const { scoreStoriesInStorage } = await import('./story-score-storage.js');
  const uri = process.env.MONGODB_URI;
  if (!uri) throw new Error('--storage needs MONGODB_URI');
  const at = process.argv.indexOf('--limit');
  const limit = at > 0 ? Number(process.argv[at + 1]) : headlines.length;
  const subset = [...headlines].sort((a, b) => a.timestamp - b.timestamp || Number(a.id) - Number(b.id)).slice(0, limit);
  const client = await new MongoClient(uri).connect();
  const db = client.db(`score_stories_${Date.now()}`);
  try {
    await ensureIndexes(db);
    const t0 = performance.now();
    const scores = await scoreStoriesInStorage(createRepositories(db), subset);
    const pct = (x: number): string => (x * 100).toFixed(1);
    console.log(`storage   | ${subset.length} headlines | pairwise F1 ${pct(scores.pairwise.f1)} | B-cubed F1 ${pct(scores.bcubed.f1)} | stories ${scores.predictedClusters} (gold ${scores.goldClusters}) | ${(subset.length / ((performance.now() - t0) / 1000)).toFixed(0)} articles/s`);
  } finally {
    await db.dropDatabase();
    await client.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
