/**
 * Article extraction speed: our extractHtmlArticle against Readability alone (over the same linkedom
 * parse) on the 130 pages of ../shared/corpus/readability, side by side in one process, plus text documents
 * (the seed). Prints pages/s and MB/s of each and the ratio; no timing is asserted anywhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractHtmlArticle } from '../src/ingest/extract/extract-html-article.js';
import { extractTextDocument } from '../src/ingest/extract/extract-text-document.js';
import { CORPUS_PAGE_URL, loadReadabilityCorpus } from '../scripts/score-articles.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);

function readabilityAlone(html: string): void {
  const { document } = parseHTML(html);
  new Readability(document as never, { classesToPreserve: ['caption'] }).parse();
}

function ours(html: string): void {
  try {
    extractHtmlArticle(html, { url: CORPUS_PAGE_URL });
  } catch {
    // bad pages count with the time they took
  }
}

interface Measure {
  label: string;
  pagesPerSecond: number;
  mbPerSecond: number;
}

/** Runs the candidates round by round in turn (A, B, A, B ...) so warm-up and machine noise hit both alike. */
function measureSideBySide(inputs: string[], candidates: { label: string; run: (input: string) => void }[]): Measure[] {
  const bytes = inputs.reduce((sum, s) => sum + Buffer.byteLength(s), 0);
  const seconds = candidates.map(() => 0);
  for (const c of candidates) for (const input of inputs.slice(0, 10)) c.run(input); // warm-up
  for (let r = 0; r < rounds; r++) {
    candidates.forEach((c, i) => {
      const start = process.hrtime.bigint();
      for (const input of inputs) c.run(input);
      seconds[i] = (seconds[i] ?? 0) + Number(process.hrtime.bigint() - start) / 1e9;
    });
  }
  return candidates.map((c, i) => ({
    label: c.label,
    pagesPerSecond: (inputs.length * rounds) / (seconds[i] ?? 1),
    mbPerSecond: (bytes * rounds) / 1e6 / (seconds[i] ?? 1),
  }));
}

const pages = loadReadabilityCorpus().map((p) => p.html);
const totalMb = pages.reduce((sum, s) => sum + Buffer.byteLength(s), 0) / 1e6;
console.log(`${pages.length} pages, ${totalMb.toFixed(1)} MB, ${rounds} rounds, candidates alternating`);
const [baseline, extraction] = measureSideBySide(pages, [
  { label: 'readability alone (linkedom)', run: readabilityAlone },
  { label: 'extractHtmlArticle', run: ours },
]);
if (!baseline || !extraction) throw new Error('no measurements');
for (const m of [baseline, extraction]) console.log(`${m.label.padEnd(30)} ${m.pagesPerSecond.toFixed(1).padStart(8)} pages/s ${m.mbPerSecond.toFixed(2).padStart(8)} MB/s`);
console.log(`ratio ours/readability: ${(extraction.pagesPerSecond / baseline.pagesPerSecond).toFixed(2)}x pages/s`);

const seed = fs.readFileSync(path.resolve(repoRoot, '../shared/seed/000_a7f3cea9f3bf73fb.txt'), 'utf8');
const texts = Array.from({ length: 200 }, () => seed);
const [text] = measureSideBySide(texts, [{ label: 'extractTextDocument (seed)', run: (t) => extractTextDocument(t) }]);
if (!text) throw new Error('no measurements');
console.log(`${text.label.padEnd(30)} ${text.pagesPerSecond.toFixed(1).padStart(8)} docs/s  ${text.mbPerSecond.toFixed(2).padStart(8)} MB/s`);
