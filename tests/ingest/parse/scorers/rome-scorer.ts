import fs from 'node:fs';
import path from 'node:path';
import type { NormalizedFeed } from '../../../../src/domain/feed.js';
import { parseFeed } from '../../../../src/ingest/parse/parse-feed.js';
import { corpusPath, type GroupScore } from './corpus-path.js';

/**
 * ROME's self-describing feeds: every value is its own path (`rss_0.92.channel.item[1].title`). For each
 * value found in a file, the path says where our model must hold it. A path our model does not keep is
 * counted as "unmapped" and listed, not scored; the few that are document structure rather than feed
 * data are listed in STRUCTURAL with the reason they are left out.
 */
type Accessor = (feed: NormalizedFeed, index: number[]) => (string | undefined)[];

const MAPPED: [RegExp, Accessor][] = [
  [/^(channel|feed)\.title$/, (f) => [f.title]],
  [/^channel\.link$|^feed\.link\^href$/, (f) => [f.link]],
  [/^channel\.description$|^feed\.tagline$/, (f) => [f.description]],
  [/^channel\.language$/, (f) => [f.language]],
  [/^channel\.copyright$|^feed\.copyright$/, (f) => [f.copyright]],
  [/^channel\.generator$|^feed\.generator$/, (f) => [f.generator]],
  [/^(channel\.)?image\.url$/, (f) => [f.image?.url]],
  [/^(channel\.)?image\.title$/, (f) => [f.image?.title]],
  [/^(channel\.)?image\.link$/, (f) => [f.image?.link]],
  [/^channel\.managingEditor$/, (f) => f.authors.flatMap((a) => [a.name, a.email])],
  [/^feed\.author\.name$/, (f) => f.authors.map((a) => a.name)],
  [/^feed\.author\.email$/, (f) => f.authors.map((a) => a.email)],
  [/^feed\.author\.url$/, (f) => f.authors.map((a) => a.url)],
  [/^channel\.category\[\d+\]$/, (f) => f.categories],
  [/^channel\.category\[\d+\]\^domain$/, (f) => (f.categoryDetails ?? []).map((c) => c.scheme)],
  [/^channel\.item\[(\d+)\]\.category\[\d+\]\^domain$/, (f, [i]) => (f.items[i ?? -1]?.categoryDetails ?? []).map((c) => c.scheme)],
  [/^(channel\.)?item\[(\d+)\]\.title$|^feed\.entry\[(\d+)\]\.title$/, (f, [i]) => [f.items[i ?? -1]?.title]],
  [/^(channel\.)?item\[(\d+)\]\.link$|^feed\.entry\[(\d+)\]\.link\^href$/, (f, [i]) => [f.items[i ?? -1]?.url]],
  [/^(channel\.)?item\[(\d+)\]\.description$|^feed\.entry\[(\d+)\]\.summary$/, (f, [i]) => [f.items[i ?? -1]?.summary]],
  [/^(channel\.)?item\[(\d+)\]\.content$|^feed\.entry\[(\d+)\]\.content\[0\]$/, (f, [i]) => [stripTags(f.items[i ?? -1]?.contentHtml)]],
  [/^channel\.item\[(\d+)\]\.author$/, (f, [i]) => (f.items[i ?? -1]?.authors ?? []).flatMap((a) => [a.name, a.email])],
  [/^feed\.entry\[(\d+)\]\.author\.name$/, (f, [i]) => (f.items[i ?? -1]?.authors ?? []).map((a) => a.name)],
  [/^feed\.entry\[(\d+)\]\.author\.email$/, (f, [i]) => (f.items[i ?? -1]?.authors ?? []).map((a) => a.email)],
  [/^feed\.entry\[(\d+)\]\.author\.url$/, (f, [i]) => (f.items[i ?? -1]?.authors ?? []).map((a) => a.url)],
  [/^channel\.item\[(\d+)\]\.guid$|^feed\.entry\[(\d+)\]\^id$/, (f, [i]) => [f.items[i ?? -1]?.id]],
  [/^channel\.item\[(\d+)\]\.category\[\d+\]$/, (f, [i]) => f.items[i ?? -1]?.categories ?? []],
  [/^channel\.item\[(\d+)\]\.enclousure\[\d+\]\^url$/, (f, [i]) => (f.items[i ?? -1]?.enclosures ?? []).map((e) => e.url)],
  [/^channel\.item\[(\d+)\]\.enclousure\[\d+\]\^type$/, (f, [i]) => (f.items[i ?? -1]?.enclosures ?? []).map((e) => e.type)],
  [/^channel\.item\[(\d+)\]\.source$/, (f, [i]) => [f.items[i ?? -1]?.source?.title]],
  [/^channel\.item\[(\d+)\]\.source\^url$/, (f, [i]) => [f.items[i ?? -1]?.source?.feedUrl]],
  [/^channel\.item\[(\d+)\]\.comments$/, (f, [i]) => (f.items[i ?? -1]?.links ?? []).filter((l) => l.rel === 'replies').map((l) => l.href)],
  // head data beyond what the gateway shows: extensions, contributors, source details
  [/^channel\.cloud\^(domain|path|protocol|registerProcedure)$/, (f) => Object.values(f.extensions?.cloud ?? {})],
  [/^channel\.docs$/, (f) => [f.extensions?.docs]],
  [/^channel\.rating$/, (f) => [f.extensions?.rating]],
  [/^channel\.uri$/, (f) => [f.extensions?.about]],
  [/^channel\.webMaster$/, (f) => [f.extensions?.publisher?.name, f.extensions?.publisher?.email]],
  [/^(channel\.)?image\.description$/, (f) => [f.image?.description]],
  [/^(channel\.)?text[iI]nput\.(title|description|name|link)$/, (f) => Object.values(f.extensions?.textInput ?? {})],
  [/^feed\.id$/, (f) => [f.id]],
  [/^feed\.link\^type$/, (f) => f.links.map((l) => l.type)],
  [/^feed\.generator\^url$/, (f) => [f.extensions?.generator?.url]],
  [/^feed\.tagline\^type$/, (f) => [f.details?.description?.mediaType]],
  [/^feed\.info$/, (f) => [stripTags(f.extensions?.info?.value)]],
  [/^feed\.info\^type$/, (f) => [f.extensions?.info?.mediaType]],
  [/^feed\.contributor\.name$/, (f) => (f.contributors ?? []).map((a) => a.name)],
  [/^feed\.contributor\.email$/, (f) => (f.contributors ?? []).map((a) => a.email)],
  [/^feed\.contributor\.url$/, (f) => (f.contributors ?? []).map((a) => a.url)],
  // item data beyond what the gateway shows
  [/^channel\.item\[(\d+)\]\.description\^type$|^feed\.entry\[(\d+)\]\.summary\^type$/, (f, [i]) => [f.items[i ?? -1]?.details?.summary?.mediaType]],
  [/^feed\.entry\[(\d+)\]\.content\[0\]\^type$/, (f, [i]) => [f.items[i ?? -1]?.details?.content?.mediaType]],
  [/^feed\.entry\[(\d+)\]\.content\[[1-9]\d*\]$/, (f, [i]) => (f.items[i ?? -1]?.extensions?.otherContents ?? []).map((d) => stripTags(d.value))],
  [/^feed\.entry\[(\d+)\]\.content\[[1-9]\d*\]\^type$/, (f, [i]) => (f.items[i ?? -1]?.extensions?.otherContents ?? []).map((d) => d.mediaType)],
  [/^feed\.entry\[(\d+)\]\.link\^type$/, (f, [i]) => (f.items[i ?? -1]?.links ?? []).map((l) => l.type)],
  [/^feed\.entry\[(\d+)\]\.rights$/, (f, [i]) => [f.items[i ?? -1]?.copyright]],
  [/^feed\.entry\[(\d+)\]\.contributor\.name$/, (f, [i]) => (f.items[i ?? -1]?.contributors ?? []).map((a) => a.name)],
  [/^feed\.entry\[(\d+)\]\.contributor\.email$/, (f, [i]) => (f.items[i ?? -1]?.contributors ?? []).map((a) => a.email)],
  [/^feed\.entry\[(\d+)\]\.contributor\.url$/, (f, [i]) => (f.items[i ?? -1]?.contributors ?? []).map((a) => a.url)],
];

/** Paths left out on purpose, each with why (printed by the scorer). */
export const STRUCTURAL: [RegExp, string][] = [
  [/^xml$/, 'not a value: the file name itself (atom_1.0.xml) inside the feed\'s self link and id'],
  [/^channel\.items\[\d+\]\^rdf:resource$/, 'RDF rdf:Seq table of contents: each entry repeats an item\'s rdf:about, the items themselves are kept'],
  [/^channel\.image\^rdf:resource$/, 'RDF reference from the channel to its image node (and that node\'s rdf:about); the image is kept by its url'],
];

function stripTags(html: string | undefined): string | undefined {
  return html?.replace(/<[^>]+>/g, '').trim();
}

export interface RomeResult {
  scores: GroupScore[];
  failures: string[];
  unmapped: string[];
  /** Paths left out on purpose: `path: reason`. */
  structural: string[];
}

export function scoreRome(): RomeResult {
  const dir = corpusPath('rome', 'feeds');
  const scores: GroupScore[] = [];
  const failures: string[] = [];
  const unmapped = new Set<string>();
  const structural = new Set<string>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.xml')).sort()) {
    const stem = file.slice(0, -4);
    const bytes = fs.readFileSync(path.join(dir, file));
    let feed: NormalizedFeed;
    const score = { group: file, passed: 0, total: 1 };
    scores.push(score);
    try {
      feed = parseFeed(bytes);
      score.passed++;
    } catch (error) {
      failures.push(`${file}: ${String(error)}`);
      continue;
    }
    // dates in these files are real values: every one must parse
    score.total++;
    const dateWarnings = feed.warnings.filter((w) => w.message.startsWith('invalid date'));
    if (dateWarnings.length === 0) score.passed++;
    else failures.push(`${file}: ${dateWarnings.map((w) => w.message).join('; ')}`);

    const text = bytes.toString('utf8');
    const valuePattern = new RegExp(`${stem.replace(/[.]/g, '\\.')}\\.([A-Za-z0-9_.\\[\\]^:]+)`, 'g');
    for (const m of text.matchAll(valuePattern)) {
      const valuePath = m[1] ?? '';
      const expected = `${stem}.${valuePath}`;
      const rule = MAPPED.find(([re]) => re.test(valuePath));
      const left = rule ? undefined : STRUCTURAL.find(([re]) => re.test(valuePath));
      if (left) {
        structural.add(`${valuePath.replace(/\[\d+\]/g, '[]')}: ${left[1]}`);
        continue;
      }
      if (!rule) {
        unmapped.add(valuePath.replace(/\[\d+\]/g, '[]'));
        continue;
      }
      const indices = [...valuePath.matchAll(/(?:item|entry)\[(\d+)\]/g)].map((x) => Number(x[1]));
      const candidates = rule[1](feed, indices);
      score.total++;
      if (candidates.includes(expected)) score.passed++;
      else failures.push(`${file}: ${valuePath} expected "${expected}", got ${JSON.stringify(candidates)}`);
    }
  }
  return { scores, failures, unmapped: [...unmapped].sort(), structural: [...structural].sort() };
}
