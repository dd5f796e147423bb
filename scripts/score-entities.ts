/**
 * Prints document-level precision/recall/F1 of people and of places/organizations found by `enrichArticle`
 * on GUM news (matching rules: tests/ingest/enrich/gum-news-scorer.ts). `--verbose` lists misses and false hits.
 */
import { prf, scoreGumNews } from '../tests/ingest/enrich/gum-news-scorer.js';

const verbose = process.argv.includes('--verbose');
const result = scoreGumNews();
const pct = (x: number): string => (x * 100).toFixed(1).padStart(6);
console.log('doc'.padEnd(26), 'people gold found ok   F1 |', 'places/orgs gold found ok   F1');
for (const d of result.docs) {
  const p = d.people;
  const t = d.topics;
  console.log(d.doc.padEnd(26), String(p.gold).padStart(11), String(p.found).padStart(5), String(p.correct).padStart(3),
    pct(prf(p).f1), '|', String(t.gold).padStart(16), String(t.found).padStart(5), String(t.correct).padStart(3), pct(prf(t).f1));
  if (verbose) {
    if (d.missedPeople.length) console.log('   missed people:', d.missedPeople.join('; '));
    if (d.falsePeople.length) console.log('   false people: ', d.falsePeople.join('; '));
    if (d.missedTopics.length) console.log('   missed topics:', d.missedTopics.join('; '));
    if (d.falseTopics.length) console.log('   false topics: ', d.falseTopics.join('; '));
  }
}
const row = (label: string, s: { precision: number; recall: number; f1: number }, c: { gold: number; found: number; ignored: number }) =>
  console.log(`${label.padEnd(14)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (gold ${c.gold}, found ${c.found}, ignored ${c.ignored})`);
console.log('');
row('people', result.people, result.peopleCounts);
row('places/orgs', result.topics, result.topicCounts);
