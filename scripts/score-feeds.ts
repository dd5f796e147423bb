/**
 * Scores the feed parser against the shared corpus and prints one table per set and group:
 * gofeed translator (field level), ROME self-describing feeds, feedparser expectations by area (sanitize
 * apart) and date vectors, rss-parser real feeds. `--failures` lists what failed.
 *
 *   npm run score:feeds [-- --failures]
 */
import { formatTable, rate, type GroupScore } from '../tests/ingest/parse/scorers/corpus-path.js';
import { scoreDateVectors, scoreFeedparser } from '../tests/ingest/parse/scorers/feedparser-scorer.js';
import { scoreGofeedTranslator } from '../tests/ingest/parse/scorers/gofeed-scorer.js';
import { scoreRome } from '../tests/ingest/parse/scorers/rome-scorer.js';
import { scoreRssParser } from '../tests/ingest/parse/scorers/rss-parser-scorer.js';

const showFailures = process.argv.includes('--failures');

function sum(group: string, rows: GroupScore[]): GroupScore {
  return rows.reduce((s, r) => ({ group, passed: s.passed + r.passed, total: s.total + r.total }), { group, passed: 0, total: 0 });
}

const summary: GroupScore[] = [];

const gofeed = scoreGofeedTranslator();
const gofeedAll = sum('gofeed translator fields', gofeed.fields);
console.log(formatTable('gofeed testdata/translator (field level)', [...gofeed.fields, gofeedAll, gofeed.files]));
summary.push(gofeedAll, { ...gofeed.files, group: 'gofeed translator files' });
if (showFailures) console.log(gofeed.failures.join('\n'));

const rome = scoreRome();
const romeAll = sum('rome values', rome.scores);
console.log('\n' + formatTable('rome feeds (self-describing values)', [...rome.scores, romeAll]));
console.log(`  not in the gateway model: ${rome.unmapped.join(', ') || '(none)'}`);
for (const line of rome.structural) console.log(`  left out: ${line}`);
summary.push(romeAll);
if (showFailures) console.log(rome.failures.join('\n'));

const feedparser = scoreFeedparser();
console.log('\n' + formatTable('feedparser expectations.jsonl (by area)', [...feedparser.areas, feedparser.outsideSanitize]));
summary.push(feedparser.outsideSanitize, { ...feedparser.sanitize, group: 'feedparser sanitize' });
if (showFailures) for (const f of feedparser.failures) console.log(`${f.file} | ${f.expect}\n    ${f.why}`);

const dates = scoreDateVectors();
console.log('\n' + formatTable('feedparser date-vectors.json', [dates.score]));
summary.push(dates.score);
if (showFailures) console.log(dates.failures.join('\n'));

const rssParser = scoreRssParser();
const rssParserAll = sum('rss-parser fields', rssParser.fields);
console.log('\n' + formatTable('rss-parser cases.json', [...rssParser.fields, rssParserAll]));
console.log(`  skipped (rss-parser's expected text is mis-decoded, U+FFFD): ${rssParser.skipped}`);
summary.push(rssParserAll);
if (showFailures) console.log(rssParser.failures.join('\n'));

console.log('\n' + formatTable('SUMMARY', summary));
const worst = Math.min(...summary.filter((s) => s.group !== 'feedparser sanitize').map(rate));
console.log(`\nlowest rate outside sanitize: ${(worst * 100).toFixed(2)}%`);
