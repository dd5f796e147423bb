/**
 * Feed parsing throughput: our parseFeed vs rss-parser vs feedsmith, side by side in one run, on the
 * corpus feeds (rome, gofeed translator, rss-parser inputs) and on generated 1, 3 and 5 MB feeds (RSS 2.0
 * with HTML descriptions and content:encoded, Atom with HTML content). Each parser runs in its own child
 * process so its peak memory (max RSS) is its own; the processes take turns on each workload in several
 * slices and the median slice is reported, so load from elsewhere on the machine hits all parsers alike.
 * Ours gets bytes (it decodes them, as the gateway will); the others get the decoded string. Ours also
 * sanitizes every HTML field; the others do not.
 *
 *   npm run bench:feeds
 */
import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seededRandom as rng } from '../src/domain/seeded-random.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const PARSERS = ['newsgraph', 'rss-parser', 'feedsmith'] as const;
type ParserName = (typeof PARSERS)[number];


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

interface Workload {
  name: string;
  /** Seconds of timed parsing per parser, spread over the rounds. */
  seconds: number;
  inputs: () => Buffer[];
}

const WORKLOADS: Workload[] = [
  { name: 'corpus feeds', seconds: 3, inputs: corpusFeeds },
  { name: 'generated RSS 1 MB', seconds: 2, inputs: () => [generateFeed('rss', 1e6, 1)] },
  { name: 'generated RSS 3 MB', seconds: 2, inputs: () => [generateFeed('rss', 3e6, 2)] },
  { name: 'generated RSS 5 MB', seconds: 3, inputs: () => [generateFeed('rss', 5e6, 3)] },
  { name: 'generated Atom 3 MB', seconds: 2, inputs: () => [generateFeed('atom', 3e6, 4)] },
];
/** Each workload is timed in this many slices, the parsers taking turns, so load from elsewhere on the machine hits all of them alike. */
const ROUNDS = 4;

/** Parses every input of the workload repeatedly for at least `minSeconds` (after one untimed warm-up pass the first time). */
async function runWorkload(parse: ParseFn, name: string, inputs: Buffer[], texts: string[], minSeconds: number, warm: boolean): Promise<WorkloadResult> {
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
  if (!warm) await once();
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

type Request = { workload: string; seconds: number } | { done: true };
type Reply = { ready: true } | { result: WorkloadResult } | { maxRssMb: number };

/** A parser's process: it answers timing requests from the parent until told it is done, then reports its peak memory. */
async function worker(name: ParserName): Promise<void> {
  const parse = await loadParser(name);
  const data = new Map(WORKLOADS.map((w) => {
    const inputs = w.inputs();
    return [w.name, { inputs, texts: inputs.map((b) => b.toString('utf8')), warm: false }];
  }));
  const send = (reply: Reply): void => void process.send?.(reply);
  process.on('message', (request: Request) => {
    if ('done' in request) {
      send({ maxRssMb: process.resourceUsage().maxRSS / 1024 });
      process.disconnect?.();
      return;
    }
    const d = data.get(request.workload);
    if (!d) throw new Error(`unknown workload ${request.workload}`);
    void runWorkload(parse, request.workload, d.inputs, d.texts, request.seconds, d.warm).then((result) => {
      d.warm = true;
      send({ result });
    });
  });
  send({ ready: true });
}

interface Child {
  name: ParserName;
  ask: (request: Request) => Promise<Reply>;
}

function startChild(name: ParserName): Promise<Child> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--worker', name], { execArgv: ['--import', 'tsx'] });
    let pending: ((reply: Reply) => void) | undefined;
    const ask = (request: Request): Promise<Reply> => new Promise((res) => {
      pending = res;
      child.send(request);
    });
    child.on('message', (m: Reply) => {
      if ('ready' in m) resolve({ name, ask });
      else {
        const p = pending;
        pending = undefined;
        p?.(m);
      }
    });
    child.on('error', reject);
    child.on('exit', (code) => code !== 0 && code !== null && reject(new Error(`${name} worker exited with ${code}`)));
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function main(): Promise<void> {
  const children: Child[] = [];
  for (const name of PARSERS) children.push(await startChild(name));
  // rounds[parser][workload] = results of each slice
  const slices = new Map<string, WorkloadResult[]>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const w of WORKLOADS) {
      // the order rotates so no parser always runs first (or right after another's garbage)
      for (let k = 0; k < children.length; k++) {
        const child = children[(k + round) % children.length] as Child;
        const reply = await child.ask({ workload: w.name, seconds: w.seconds / ROUNDS });
        if (!('result' in reply)) throw new Error(`unexpected reply from ${child.name}`);
        const key = `${child.name}\u0000${w.name}`;
        slices.set(key, [...(slices.get(key) ?? []), reply.result]);
      }
    }
  }
  const memory = new Map<ParserName, number>();
  for (const child of children) {
    const reply = await child.ask({ done: true });
    if ('maxRssMb' in reply) memory.set(child.name, reply.maxRssMb);
  }
  const rate = (name: ParserName, w: string): { mbps: number; feedsPerSecond: number; failures: number } => {
    const results = slices.get(`${name}\u0000${w}`) ?? [];
    return {
      mbps: median(results.map((r) => r.megabytes / r.seconds)),
      feedsPerSecond: median(results.map((r) => r.feeds / r.seconds)),
      failures: results[0]?.failures ?? 0,
    };
  };
  console.log(`feed parsing throughput (higher is better): median of ${ROUNDS} interleaved slices; ratio = ours / theirs`);
  console.log(`${'workload'.padEnd(22)} ${'parser'.padEnd(11)} ${'feeds/s'.padStart(10)} ${'MB/s'.padStart(8)} ${'fail'.padStart(5)} ${'ours/x'.padStart(8)}`);
  for (const w of WORKLOADS) {
    const base = rate('newsgraph', w.name);
    for (const name of PARSERS) {
      const r = rate(name, w.name);
      console.log(`${w.name.padEnd(22)} ${name.padEnd(11)} ${r.feedsPerSecond.toFixed(1).padStart(10)} ${r.mbps.toFixed(2).padStart(8)} ${String(r.failures).padStart(5)} ${(base.mbps / r.mbps).toFixed(2).padStart(8)}`);
    }
  }
  const ours = memory.get('newsgraph') ?? 0;
  console.log('\npeak memory (max RSS of each parser process, includes the Node runtime and all inputs):');
  for (const name of PARSERS) {
    const mb = memory.get(name) ?? 0;
    console.log(`  ${name.padEnd(11)} ${mb.toFixed(0).padStart(6)} MB   ours/x ${(ours / mb).toFixed(2)}`);
  }
}

const workerIndex = process.argv.indexOf('--worker');
if (workerIndex !== -1) await worker(process.argv[workerIndex + 1] as ParserName);
else await main();
