/**
 * Story assignment throughput with 10k and with 100k articles already stored, side by side, on the REAL
 * storage path (assignStories over MongoDB at MONGODB_URI: posting lists, term counters, compare-and-set
 * story writes, related edges) and on the in-memory StoryIndex stand-in. Target: rate at 100k ≥ 80% of
 * the rate at 10k, i.e. the cost of assigning an article does not grow with the graph.
 *
 * Generated articles: stories of 1–40 articles whose headlines draw on the story's own names and event
 * words plus a Zipf-distributed shared vocabulary, so popular keys ("market", "says") have long posting
 * lists, as in real news. The stored graph is bulk-loaded directly (articles with their story and
 * signature, story documents, posting lists, term counters, all derived from the generator's own stories),
 * which takes seconds where assigning 100k articles one feed at a time would take minutes; then the same
 * kind of fresh articles are assigned in feed-sized batches through assignStories, alternating between the
 * two databases so machine load hits both alike.
 */
import { MongoClient, type Db, type Document } from 'mongodb';
import { contentHash, stableId } from '../src/domain/ids.js';
import { addToCentroid, signatureFeatures } from '../src/ingest/merge/story-centroid.js';
import { storySignature, type StorySignature } from '../src/ingest/merge/story-signature.js';
import { StoryIndex, type IngestedArticle } from '../src/ingest/merge/story-index.js';
import { BAND_CAP, STORIES_PER_KEY, assignStories } from '../src/ingest/story-assigner.js';
import { RELATED_LIMITS } from '../src/ingest/story-relations.js';
import type { ArticleWrite } from '../src/storage/article-repository.js';
import type { ArticleDoc, StoryDoc } from '../src/storage/documents.js';
import { COLLECTIONS, ensureIndexes } from '../src/storage/mongo.js';
import { createRepositories, type Repositories } from '../src/storage/repositories.js';
import { seededRandom } from '../src/domain/seeded-random.js';
import { headlineArticleDoc } from '../scripts/story-score-storage.js';

const SYLLABLES = ['ka', 'lo', 'mer', 'tin', 'sa', 'vo', 'rel', 'dan', 'pri', 'sto', 'gel', 'fa', 'nu', 'bex', 'qua', 'ri'];

function word(rand: () => number, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w;
}

interface GeneratedArticle extends IngestedArticle {
  title: string;
  /** The generator's own story (used to bulk-load a stored graph without running assignment). */
  story: number;
}

/** Articles in time order: ~one new story per 12 articles, each story active for a while. */
function* generateArticles(count: number, seed: number, startMs: number): Generator<GeneratedArticle> {
  const rand = seededRandom(seed);
  const common = Array.from({ length: 3000 }, () => word(rand, 2));
  const zipf = (): string => common[Math.min(common.length - 1, Math.floor(common.length * rand() ** 3))] as string;
  const active: { id: number; names: string[]; words: string[]; left: number }[] = [];
  let stories = 0;
  for (let i = 0; i < count; i++) {
    if (active.length < 30 || rand() < 0.08) {
      // Names are drawn from ~10^6 forms: every new story brings its own, as real news does.
      active.push({ id: stories++, names: [word(rand, 5), word(rand, 5)], words: [zipf(), zipf(), word(rand, 4)], left: 1 + Math.floor(rand() * 40) });
    }
    const at = Math.floor(rand() * active.length);
    const story = active[at]!;
    const parts = [...story.names.filter(() => rand() < 0.8), ...story.words.filter(() => rand() < 0.6), zipf(), zipf(), zipf()];
    const title = parts.sort(() => rand() - 0.5).join(' ');
    const publishedAt = new Date(startMs + i * 2000);
    yield { articleId: `a${seed}-${i}`, title, story: story.id, signature: storySignature({ title, publishedAt }), publishedAt, source: `source${Math.floor(rand() * 500)}` };
    if (--story.left <= 0) active.splice(at, 1);
  }
}

const START_MS = Date.UTC(2024, 0, 1);
const SIZES = [10_000, 100_000] as const;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const ratioLine = (label: string, small: number, large: number): string =>
  `${label} ratio 100k/10k: ${((large / small) * 100).toFixed(1)}% (target ≥ 80%) ${large / small >= 0.8 ? 'OK' : 'BELOW TARGET'}`;

// ---------------------------------------------------------------- storage (MongoDB) ----------------------

/** Feed-sized batches, as the pipeline assigns them after each ingest. */
const BATCH = 20;
const STORAGE_ROUNDS = 7;
const STORAGE_PER_ROUND = 200;

function articleDoc(a: GeneratedArticle, storyId?: string, signature?: StorySignature): ArticleDoc {
  const doc = headlineArticleDoc(`bench:${a.articleId}`, a.title, stableId(`bench-source:${a.source}`), a.publishedAt);
  if (!storyId || !signature) return doc;
  const { minhash, bandKeys, entityKeys, tokens, titleTokenCount } = signature;
  return { ...doc, storyId, signature: { minhash, bandKeys, entityKeys, tokens, titleTokenCount, inputHash: contentHash([a.title, undefined, '', '', '']) } };
}

/** Capped, touch-ordered lists (what storyPostings holds): an id touched again moves to the end. */
class Postings<T extends { id: string }> {
  readonly lists = new Map<string, T[]>();
  constructor(private readonly cap: number) {}
  touch(key: string, entry: T): void {
    const list = (this.lists.get(key) ?? []).filter((e) => e.id !== entry.id);
    list.push(entry);
    if (list.length > this.cap) list.shift();
    this.lists.set(key, list);
  }
}

/** Bulk-loads `count` stored articles with their stories, posting lists and counters, in chunks. */
async function preload(db: Db, count: number, seed: number): Promise<void> {
  const now = new Date(START_MS + count * 2000);
  const stories = new Map<number, StoryDoc>();
  const storyPostings = new Postings<{ id: string }>(STORIES_PER_KEY);
  const bandPostings = new Postings<{ id: string; storyId: string }>(BAND_CAP);
  const memberPostings = new Postings<{ id: string }>(RELATED_LIMITS.perStory);
  const df = new Map<string, number>();
  const chunk: ArticleDoc[] = [];
  const inserts: Promise<unknown>[] = [];
  const flush = async (docs: object[], collection: string) => {
    for (let i = 0; i < docs.length; i += 5000) inserts.push(db.collection(collection).insertMany(docs.slice(i, i + 5000) as Document[], { ordered: false }));
    if (inserts.length >= 4) await Promise.all(inserts.splice(0));
  };
  for (const a of generateArticles(count, seed, START_MS)) {
    const previous = stories.get(a.story);
    const storyId = previous?._id ?? stableId(`story:${stableId(`bench:${a.articleId}`)}`);
    const doc = articleDoc(a, storyId, a.signature);
    stories.set(a.story, {
      _id: storyId,
      title: previous?.title ?? a.title,
      centroid: addToCentroid(previous?.centroid, a.signature),
      firstSeen: previous?.firstSeen ?? a.publishedAt,
      lastSeen: a.publishedAt,
      sourceIds: [...new Set([...(previous?.sourceIds ?? []), ...doc.sourceIds])],
      size: (previous?.size ?? 0) + 1,
      personIds: [],
      personCounts: {},
      topicIds: [],
      topicCounts: {},
      revision: (previous?.revision ?? 0) + 1,
      createdAt: previous?.createdAt ?? now,
      updatedAt: now,
    });
    for (const key of a.signature.storyKeys) storyPostings.touch(key, { id: storyId });
    for (const key of a.signature.bandKeys) bandPostings.touch(key, { id: doc._id, storyId });
    memberPostings.touch(storyId, { id: doc._id });
    for (const feature of signatureFeatures(a.signature)) df.set(feature, (df.get(feature) ?? 0) + 1);
    chunk.push(doc);
    if (chunk.length === 5000) await flush(chunk.splice(0), COLLECTIONS.articles);
  }
  await flush(chunk.splice(0), COLLECTIONS.articles);
  await flush([...stories.values()], COLLECTIONS.stories);
  const postings = [
    ...[...storyPostings.lists].map(([key, e]) => ({ _id: `s|${key}`, e })),
    ...[...bandPostings.lists].map(([key, e]) => ({ _id: `b|${key}`, e })),
    ...[...memberPostings.lists].map(([key, e]) => ({ _id: `m|${key}`, e })),
  ];
  await flush(postings, COLLECTIONS.storyPostings);
  await flush([...[...df].map(([_id, n]) => ({ _id, df: n })), { _id: '#documents', df: count }], COLLECTIONS.termStats);
  await Promise.all(inserts);
}

interface StorageSide {
  stored: number;
  db: Db;
  repos: Repositories;
  fresh: Generator<GeneratedArticle>;
  rates: number[];
  articles: number;
  commands: number;
  /** Server time per command kind (`update storyPostings`), summed over the timed batches. */
  msByKind: Map<string, number>;
}

/** Assigns one round of fresh articles, BATCH at a time; only assignStories is timed (article writes are the pipeline's). */
async function storageRound(side: StorageSide, counter: { commands: number; byKind: Map<string, number> }): Promise<void> {
  const fresh: GeneratedArticle[] = [];
  for (let i = 0; i < STORAGE_PER_ROUND; i++) {
    const next = side.fresh.next();
    if (next.done) break;
    fresh.push(next.value);
  }
  let elapsed = 0;
  for (let i = 0; i < fresh.length; i += BATCH) {
    const batch = fresh.slice(i, i + BATCH);
    const writes: ArticleWrite[] = batch.map((a) => ({ doc: articleDoc(a), expectedRevision: undefined, outcome: 'NEW', touchOnly: false }));
    await side.repos.articles.applyWrites(writes, 'bench', new Date());
    const before = counter.commands;
    counter.byKind.clear();
    const t0 = performance.now();
    await assignStories(side.repos, [], writes, (batch[0] as GeneratedArticle).publishedAt);
    elapsed += performance.now() - t0;
    side.commands += counter.commands - before;
    for (const [kind, ms] of counter.byKind) side.msByKind.set(kind, (side.msByKind.get(kind) ?? 0) + ms);
  }
  side.articles += fresh.length;
  side.rates.push(fresh.length / (elapsed / 1000));
}

async function storageBench(uri: string): Promise<void> {
  const client = new MongoClient(uri, { monitorCommands: true });
  await client.connect();
  const counter = { commands: 0, byKind: new Map<string, number>() };
  const kinds = new Map<number, string>();
  client.on('commandStarted', (e) => {
    counter.commands++;
    const target = (e.command as Record<string, unknown>)[e.commandName];
    kinds.set(e.requestId, typeof target === 'string' ? `${e.commandName} ${target}` : e.commandName);
  });
  client.on('commandSucceeded', (e) => {
    const kind = kinds.get(e.requestId) ?? e.commandName;
    kinds.delete(e.requestId);
    counter.byKind.set(kind, (counter.byKind.get(kind) ?? 0) + e.duration);
  });
  const sides: StorageSide[] = [];
  try {
    for (const [i, stored] of SIZES.entries()) {
      const db = client.db(`bench_merge_${stored}_${process.pid}`);
      await db.dropDatabase();
      await ensureIndexes(db);
      const t0 = performance.now();
      await preload(db, stored, 1 + 10 * i);
      console.log(`storage: loaded ${stored} articles (stories, posting lists, counters) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      const fresh = generateArticles(STORAGE_ROUNDS * STORAGE_PER_ROUND, 2 + 10 * i, START_MS + stored * 2000);
      sides.push({ stored, db, repos: createRepositories(db), fresh, rates: [], articles: 0, commands: 0, msByKind: new Map() });
    }
    for (let r = 0; r < STORAGE_ROUNDS; r++) for (const side of sides) await storageRound(side, counter);
    for (const s of sides) {
      const stories = await s.db.collection(COLLECTIONS.stories).estimatedDocumentCount();
      console.log(
        `storage  stored ${String(s.stored).padStart(7)} | ${median(s.rates).toFixed(0).padStart(5)} articles/s (median of ${STORAGE_ROUNDS}×${STORAGE_PER_ROUND}, batches of ${BATCH}) | MongoDB commands/article ${(s.commands / s.articles).toFixed(2)} | stories ${stories}`,
      );
    }
    const [small, large] = sides as [StorageSide, StorageSide];
    console.log(ratioLine('storage ', median(small.rates), median(large.rates)));
    // Where the time goes: command round trips (ms per article, as the client saw them) at each size.
    const perArticle = (s: StorageSide, kind: string) => (s.msByKind.get(kind) ?? 0) / s.articles;
    const top = [...large.msByKind.keys()].sort((a, b) => perArticle(large, b) - perArticle(large, a)).slice(0, 6);
    console.log(`storage  ms/article by command (10k → 100k): ${top.map((k) => `${k} ${perArticle(small, k).toFixed(2)} → ${perArticle(large, k).toFixed(2)}`).join(' | ')}`);
  } finally {
    for (const s of sides) await s.db.dropDatabase().catch(() => undefined);
    await client.close();
  }
}

// ---------------------------------------------------------------- in-memory StoryIndex ------------------

const MEMORY_ROUNDS = 7;
const MEMORY_PER_ROUND = 1000;

interface MemorySide {
  stored: number;
  index: StoryIndex;
  fresh: Generator<GeneratedArticle>;
  rates: number[];
  candidates: number;
}

function memorySetup(stored: number, seed: number): MemorySide {
  const index = new StoryIndex();
  for (const article of generateArticles(stored, seed, START_MS)) index.ingest(article);
  // Fresh articles continue the timeline right after the stored ones (a live ingest).
  return { stored, index, fresh: generateArticles(MEMORY_ROUNDS * MEMORY_PER_ROUND, seed + 1, START_MS + stored * 2000), rates: [], candidates: 0 };
}

function memoryRound(s: MemorySide): void {
  const batch: IngestedArticle[] = [];
  for (let i = 0; i < MEMORY_PER_ROUND; i++) {
    const next = s.fresh.next();
    if (next.done) break;
    batch.push(next.value);
  }
  const t0 = performance.now();
  for (const article of batch) {
    s.index.ingest(article);
    s.candidates += s.index.lastCandidateCount;
  }
  s.rates.push(batch.length / ((performance.now() - t0) / 1000));
}

/** Both indexes are built first and then timed in alternating rounds (median), so GC and load hit both alike. */
function memoryBench(): void {
  const sides = SIZES.map((stored, i) => memorySetup(stored, 1 + 10 * i));
  for (let r = 0; r < MEMORY_ROUNDS; r++) for (const side of sides) memoryRound(side);
  for (const s of sides) {
    console.log(
      `memory   stored ${String(s.stored).padStart(7)} | ${median(s.rates).toFixed(0).padStart(5)} articles/s (median of ${MEMORY_ROUNDS}×${MEMORY_PER_ROUND}) | candidates/article ${(s.candidates / (MEMORY_ROUNDS * MEMORY_PER_ROUND)).toFixed(1)} | stories ${s.index.storyCount}`,
    );
  }
  const [small, large] = sides as [MemorySide, MemorySide];
  console.log(ratioLine('memory  ', median(small.rates), median(large.rates)));
}

async function main(): Promise<void> {
  const uri = process.env.MONGODB_URI;
  if (uri) await storageBench(uri);
  else console.log('storage: skipped (set MONGODB_URI to measure the MongoDB path)');
  memoryBench();
}

await main();
