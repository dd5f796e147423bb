/**
 * Articles per second of `enrichArticle` next to compromise's `people()` on the same texts (GUM news, 24
 * documents), run side by side in one process, with each one's people F1 on those documents for quality.
 */
import nlp from 'compromise';
import { enrichArticle, type Enrichment } from '../src/ingest/enrich/enrich-article.js';
import { gumArticle, loadGumDocuments, prf, scoreDocument, sumCounts } from '../tests/ingest/enrich/gum-news-scorer.js';

const docs = loadGumDocuments();
const articles = docs.map(gumArticle);
const texts = articles.map((a) => `${a.title}\n${a.bodyText}`);

function compromisePeople(text: string): string[] {
  const names = nlp(text).people().normalize({ possessives: true }).out('array') as string[];
  return [...new Set(names.map((n) => n.replace(/[.,;:]+$/, '').trim()).filter(Boolean))];
}

function timeIt(label: string, run: (i: number) => unknown, minMs = 1500): number {
  for (let i = 0; i < texts.length; i += 1) run(i); // warm-up
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    for (let i = 0; i < texts.length; i += 1) run(i);
    n += texts.length;
  }
  const perSec = n / ((performance.now() - start) / 1000);
  console.log(`${label.padEnd(28)} ${perSec.toFixed(1).padStart(9)} articles/s`);
  return perSec;
}

const ours = timeIt('newsgraph enrichArticle', (i) => enrichArticle(articles[i] ?? { title: '', bodyText: '' }));
const theirs = timeIt('compromise people()', (i) => compromisePeople(texts[i] ?? ''));

const asEnrichment = (names: string[]): Enrichment => ({
  people: names.map((name) => ({ name, key: name, aliases: [], roles: [], mentions: [], salience: 0 })),
  topics: [], quotes: [],
});
const oursF1 = prf(sumCounts(docs.map((d, i) => scoreDocument(d, enrichArticle(articles[i] ?? { title: '', bodyText: '' })).people)));
const theirsF1 = prf(sumCounts(docs.map((d, i) => scoreDocument(d, asEnrichment(compromisePeople(texts[i] ?? ''))).people)));
const pct = (x: number) => (x * 100).toFixed(1);
console.log(`speed ratio (ours / compromise): ${(ours / theirs).toFixed(2)}x`);
console.log(`people P/R/F1 ours ${pct(oursF1.precision)}/${pct(oursF1.recall)}/${pct(oursF1.f1)}`
  + `  compromise ${pct(theirsF1.precision)}/${pct(theirsF1.recall)}/${pct(theirsF1.f1)}`);
