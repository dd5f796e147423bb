/**
 * Feed parsing throughput: our parseFeed vs rss-parser vs feedsmith, side by side in one run, on the
 * corpus feeds (rome, gofeed translator, rss-parser inputs) and on generated 1, 3 and 5 MB feeds (RSS 2.0
 * with HTML descriptions and content:encoded, Atom with HTML content). Each parser runs in its own child
 * process so its peak memory (max RSS) is its own. Ours gets bytes (it decodes them, as the gateway will);
 * the others get the decoded string. Ours also sanitizes every HTML field; the others do not.
 *
 *   npm run bench:feeds
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const PARSERS = ['newsgraph', 'rss-parser', 'feedsmith'] as const;
type ParserName = (typeof PARSERS)[number];

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

const WORDS = 'the council harbour vote market rally storm city transport minister report police school river energy price court health water election'.split(' ');

function sentence(rand: () => number, n: number): string {
  return Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]).join(' ');
}

/** An RSS 2.0 or Atom feed of about `bytes` bytes, items like a real news site's. */
function generateFeed(kind: 'rss' | 'atom', bytes: number, seed: number): Buffer {
  const rand = rng(seed);
  const parts: string[] = [];
  let size = 0;
  let i = 0;
  while (size < bytes) {
    const title = sentence(rand, 8);
    const html = `<p>${sentence(rand, 30)} <a href="/story/${i}">more</a></p><p><img src="/img/${i}.jpg" alt="x"> ${sentence(rand, 40)}</p>`;
    const date = new Date(Date.UTC(2024, 0, 1) + i * 60_000);
    const item = kind === 'rss'
      ? `<item><title>${title}</title><link>https://news.example/story/${i}</link><guid isPermaLink="false">id-${i}</guid><pubDate>${date.toUTCString()}</pubDate><dc:creator>Reporter ${i % 17}</dc:creator><category>${WORDS[i % WORDS.length]}</category><description><![CDATA[${html}]]></description><content:encoded><![CDATA[${html}${html}]]></content:encoded><enclosure url="https://cdn.example/${i}.mp3" length="1234" type="audio/mpeg"/></item>\n`
      : `<entry><title>${title}</title><link href="https://news.example/story/${i}"/><id>tag:news.example,2024:${i}</id><updated>${date.toISOString()}</updated><author><name>Reporter ${i % 17}</name></author><category term="${WORDS[i % WORDS.length]}"/><summary type="html">${html.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</summary><content type="html">${(html + html).replace(/&/g, '&amp;').replace(/</g, '&lt;')}</content></entry>\n`;
    parts.push(item);
    size += item.length;
    i++;
  }
  const body = parts.join('');
  return Buffer.from(kind === 'rss'
    ? `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Generated</title><link>https://news.example/</link><description>d</description>\n${body}</channel></rss>`
    : `<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>Generated</title><link href="https://news.example/"/><id>tag:news.example,2024:feed</id><updated>2024-01-01T00:00:00Z</updated>\n${body}</feed>`, 'utf8');
}

function corpusFeeds(): Buffer[] {
  const dirs = [path.join(CORPUS, 'rome/feeds'), path.join(CORPUS, 'gofeed/testdata/translator/rss'), path.join(CORPUS, 'gofeed/testdata/translator/atom'), path.join(CORPUS, 'rss-parser/input')];
  const out: Buffer[] = [];
  for (const dir of dirs) for (const f of fs.readdirSync(dir).sort()) if (/\.(xml|rss|atom)$/.test(f) && f !== 'unrecognized.rss') out.push(fs.readFileSync(path.join(dir, f)));
  return out;
}

interface WorkloadResult {
  workload: string;
  feeds: number;
  megabytes: number;
  seconds: number;
  failures: number;
}

interface WorkerReport {
  parser: ParserName;
  results: WorkloadResult[];
  maxRssMb: number;
}

type ParseFn = (bytes: Buffer, text: string) => unknown;

async function loadParser(name: ParserName): Promise<ParseFn> {
  if (name === 'newsgraph') {
    const { parseFeed } = await import('../src/ingest/parse/parse-feed.js');
    return (bytes) => parseFeed(bytes);
  }
  if (name === 'feedsmith') {
    const { parseFeed } = await import('feedsmith');
    return (_bytes, text) => parseFeed(text);
  }
  const { default: Parser } = await import('rss-parser');
  const parser = new Parser();
  return (_bytes, text) => parser.parseString(text);
}

async function runWorkload(parse: ParseFn, name: string, inputs: Buffer[], minSeconds: number): Promise<WorkloadResult> {
  const texts = inputs.map((b) => b.toString('utf8'));
  const bytes = inputs.reduce((s, b) => s + b.length, 0);
  let failures = 0;
  const once = async (): Promise<void> => {
    for (let i = 0; i < inputs.length; i++) {
      try {
        await parse(inputs[i] as Buffer, texts[i] as string);
      } catch {
        failures++;
      }
    }
  };
  await once(); // warm-up
  failures = 0;
  let rounds = 0;
  const start = performance.now();
  do {
    await once();
    rounds++;
  } while (performance.now() - start < minSeconds * 1000);
  const seconds = (performance.now() - start) / 1000;
  return { workload: name, feeds: inputs.length * rounds, megabytes: (bytes * rounds) / 1e6, seconds, failures: failures / rounds };
}

async function worker(name: ParserName): Promise<void> {
  const parse = await loadParser(name);
  const results = [
    await runWorkload(parse, 'corpus feeds', corpusFeeds(), 3),
    await runWorkload(parse, 'generated RSS 1 MB', [generateFeed('rss', 1e6, 1)], 2),
    await runWorkload(parse, 'generated RSS 3 MB', [generateFeed('rss', 3e6, 2)], 2),
    await runWorkload(parse, 'generated RSS 5 MB', [generateFeed('rss', 5e6, 3)], 3),
    await runWorkload(parse, 'generated Atom 3 MB', [generateFeed('atom', 3e6, 4)], 2),
  ];
  const report: WorkerReport = { parser: name, results, maxRssMb: process.resourceUsage().maxRSS / 1024 };
  process.send?.(report);
}

function runChild(name: ParserName): Promise<WorkerReport> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--worker', name], { execArgv: ['--import', 'tsx'] });
    child.on('message', (m) => resolve(m as WorkerReport));
    child.on('error', reject);
    child.on('exit', (code) => code !== 0 && reject(new Error(`${name} worker exited with ${code}`)));
  });
}

async function main(): Promise<void> {
  const reports: WorkerReport[] = [];
  for (const name of PARSERS) reports.push(await runChild(name));
  const ours = reports[0] as WorkerReport;
  const workloads = ours.results.map((r) => r.workload);
  console.log('feed parsing throughput (higher is better); ratio = ours / theirs');
  console.log(`${'workload'.padEnd(22)} ${'parser'.padEnd(11)} ${'feeds/s'.padStart(10)} ${'MB/s'.padStart(8)} ${'fail'.padStart(5)} ${'ours/x'.padStart(8)}`);
  for (const w of workloads) {
    const base = ours.results.find((r) => r.workload === w) as WorkloadResult;
    for (const report of reports) {
      const r = report.results.find((x) => x.workload === w) as WorkloadResult;
      const mbps = r.megabytes / r.seconds;
      const ratio = base.megabytes / base.seconds / mbps;
      console.log(`${w.padEnd(22)} ${report.parser.padEnd(11)} ${(r.feeds / r.seconds).toFixed(1).padStart(10)} ${mbps.toFixed(2).padStart(8)} ${String(r.failures).padStart(5)} ${ratio.toFixed(2).padStart(8)}`);
    }
  }
  console.log('\npeak memory (max RSS of each parser process, includes the Node runtime and inputs):');
  for (const r of reports) console.log(`  ${r.parser.padEnd(11)} ${r.maxRssMb.toFixed(0).padStart(6)} MB   ours/x ${(ours.maxRssMb / r.maxRssMb).toFixed(2)}`);
}

const workerIndex = process.argv.indexOf('--worker');
if (workerIndex !== -1) await worker(process.argv[workerIndex + 1] as ParserName);
else await main();
