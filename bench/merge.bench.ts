/**
 * Story assignment throughput with 10k and with 100k articles already indexed, side by side. The
 * in-memory StoryIndex stands in for the MongoDB collections (same keys, same per-key limits), so the
 * ratio shows whether one ingest's cost grows with the size of the graph. Target: rate at 100k ≥ 80% of
 * the rate at 10k.
 *
 * Generated articles: stories of 1–40 articles whose headlines draw on the story's own names and event
 * words plus a Zipf-distributed shared vocabulary, so popular keys ("market", "says") have long posting
 * lists, as in real news.
 */
import { storySignature } from '../src/ingest/merge/story-signature.js';
import { StoryIndex, type IngestedArticle } from '../src/ingest/merge/story-index.js';
import { seededRandom } from '../scripts/score-stories.js';

const SYLLABLES = ['ka', 'lo', 'mer', 'tin', 'sa', 'vo', 'rel', 'dan', 'pri', 'sto', 'gel', 'fa', 'nu', 'bex', 'qua', 'ri'];

function word(rand: () => number, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w;
}

/** Articles in time order: ~one new story per 12 articles, each story active for a while. */
function* generateArticles(count: number, seed: number, startMs: number): Generator<IngestedArticle> {
  const rand = seededRandom(seed);
  const common = Array.from({ length: 3000 }, () => word(rand, 2));
  const zipf = (): string => common[Math.min(common.length - 1, Math.floor(common.length * rand() ** 3))] as string;
  const active: { names: string[]; words: string[]; left: number }[] = [];
  for (let i = 0; i < count; i++) {
    if (active.length < 30 || rand() < 0.08) {
      // Names are drawn from ~10^6 forms: every new story brings its own, as real news does.
      active.push({ names: [word(rand, 5), word(rand, 5)], words: [zipf(), zipf(), word(rand, 4)], left: 1 + Math.floor(rand() * 40) });
    }
    const at = Math.floor(rand() * active.length);
    const story = active[at]!;
    const parts = [...story.names.filter(() => rand() < 0.8), ...story.words.filter(() => rand() < 0.6), zipf(), zipf(), zipf()];
    const title = parts.sort(() => rand() - 0.5).join(' ');
    const publishedAt = new Date(startMs + i * 2000);
    yield { articleId: `a${seed}-${i}`, signature: storySignature({ title, publishedAt }), publishedAt, source: `source${Math.floor(rand() * 500)}` };
    if (--story.left <= 0) active.splice(at, 1);
  }
}

const START_MS = Date.UTC(2024, 0, 1);
const ROUNDS = 7;
const PER_ROUND = 1000;

interface Setup {
  stored: number;
  index: StoryIndex;
  fresh: Generator<IngestedArticle>;
  rates: number[];
  candidates: number;
}

function setup(stored: number, seed: number): Setup {
  const index = new StoryIndex();
  for (const article of generateArticles(stored, seed, START_MS)) index.ingest(article);
  // Fresh articles continue the timeline right after the stored ones (a live ingest).
  return { stored, index, fresh: generateArticles(ROUNDS * PER_ROUND, seed + 1, START_MS + stored * 2000), rates: [], candidates: 0 };
}

function round(s: Setup): void {
  const batch: IngestedArticle[] = [];
  for (let i = 0; i < PER_ROUND; i++) {
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

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Both indexes are built first and then timed in alternating rounds (median of ROUNDS), so machine load
 * and garbage collection of the shared heap hit both sides alike: what remains is the cost of lookups
 * against a small versus a large graph.
 */
function main(): void {
  const sides = [setup(10_000, 1), setup(100_000, 11)];
  for (let r = 0; r < ROUNDS; r++) for (const side of sides) round(side);
  for (const s of sides) {
    console.log(
      `stored ${String(s.stored).padStart(7)} | ${median(s.rates).toFixed(0).padStart(6)} articles/s (median of ${ROUNDS}×${PER_ROUND}) | candidates/article ${(s.candidates / (ROUNDS * PER_ROUND)).toFixed(1)} | stories ${s.index.storyCount}`,
    );
  }
  const [small, large] = sides as [Setup, Setup];
  const ratio = median(large.rates) / median(small.rates);
  console.log(`ratio 100k/10k: ${(ratio * 100).toFixed(1)}% (target ≥ 80%) ${ratio >= 0.8 ? 'OK' : 'BELOW TARGET'}`);
}

main();
