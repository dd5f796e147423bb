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

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mer', 'tin', 'sa', 'vo', 'rel', 'dan', 'pri', 'sto', 'gel', 'fa', 'nu', 'bex', 'qua', 'ri'];

function word(rand: () => number, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w;
}

/** Articles in time order: ~one new story per 12 articles, each story active for a while. */
function* generateArticles(count: number, seed: number, startMs: number): Generator<IngestedArticle> {
  const rand = rng(seed);
  const common = Array.from({ length: 3000 }, () => word(rand, 2));
  const zipf = (): string => common[Math.min(common.length - 1, Math.floor(common.length * rand() ** 3))] as string;
  const active: { names: string[]; words: string[]; left: number }[] = [];
  for (let i = 0; i < count; i++) {
    if (active.length < 30 || rand() < 0.08) {
      active.push({ names: [word(rand, 3), word(rand, 3)], words: [zipf(), zipf(), word(rand, 3)], left: 1 + Math.floor(rand() * 40) });
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

interface Measured {
  stored: number;
  rate: number;
  meanCandidates: number;
  stories: number;
}

function measure(stored: number, timed: number): Measured {
  const index = new StoryIndex();
  const start = Date.UTC(2024, 0, 1);
  for (const article of generateArticles(stored, 1, start)) index.ingest(article);
  // Fresh articles continue the timeline right after the stored ones (a live ingest).
  const batch = [...generateArticles(timed, 2, start + stored * 2000)];
  let candidates = 0;
  const t0 = performance.now();
  for (const article of batch) {
    index.ingest(article);
    candidates += index.lastCandidateCount;
  }
  const seconds = (performance.now() - t0) / 1000;
  return { stored, rate: timed / seconds, meanCandidates: candidates / timed, stories: index.storyCount };
}

function main(): void {
  const timed = 5000;
  measure(2000, 2000); // warm-up (JIT)
  const runs = [10_000, 100_000].map((stored) => measure(stored, timed));
  for (const r of runs) {
    console.log(
      `stored ${String(r.stored).padStart(7)} | ${r.rate.toFixed(0).padStart(6)} articles/s | candidates/article ${r.meanCandidates.toFixed(1)} | stories ${r.stories}`,
    );
  }
  const [small, large] = runs as [Measured, Measured];
  const ratio = large.rate / small.rate;
  console.log(`ratio 100k/10k: ${(ratio * 100).toFixed(1)}% (target ≥ 80%) ${ratio >= 0.8 ? 'OK' : 'BELOW TARGET'}`);
}

main();
