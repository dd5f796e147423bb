/**
 * Scores entity enrichment against GUM news gold entities (../shared/corpus/gum-news/entities.json).
 *
 * Matching (document level, micro-averaged over the 24 documents):
 * - Gold people: entities of type `person` with a Wikipedia id, one per id per document. Gold places/orgs:
 *   entities of type `place` or `organization` with a Wikipedia id.
 * - A name's words: case- and diacritic-folded, possessive 's dropped, split on spaces, hyphens, periods.
 * - A found name matches a gold entity when its words are a contiguous run of the words of one of the gold
 *   mention surfaces (a leading "the" ignored) or of the Wikipedia title (underscores to spaces, "(...)" dropped).
 *   A one-word found name must sit at the end of that surface (the surname: "Putin" in "President Vladimir
 *   Putin", not "Washington" in "Governor of Washington Chris Gregoire"); for places/orgs it may also sit at
 *   the start ("Washington" in "Washington D.C.").
 * - Precision: a found name that matches a scored gold entity is correct; one that matches only gold entities
 *   outside the scored set (people without a Wikipedia id, or for topics any other gold entity) is ignored;
 *   anything else is a false positive. Places named only through demonyms ("Russian" → Russia) are not scored:
 *   the gold marks named mentions, and a demonym is not one. Recall: scored gold entities matched by at least one found name.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { enrichArticle, type Enrichment } from '../../../src/ingest/enrich/enrich-article.js';

interface GoldEntity {
  id: string;
  type: string;
  wikipedia: string | null;
  salience: string;
  summary_mentions: number;
  mentions: [number, number, string][];
}
interface GoldDocument {
  doc: string;
  title: string;
  text: string;
  entities: GoldEntity[];
}

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const GUM_ENTITIES = path.resolve(REPO_ROOT, '../shared/corpus/gum-news/entities.json');

export function loadGumDocuments(file = GUM_ENTITIES): GoldDocument[] {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { documents: GoldDocument[] };
  return data.documents;
}

/** Undoes GUM's tokenization ("Trump 's" → "Trump's", "Kim Jong - un" → "Kim Jong-un", `" a b "` → `"a b"`). */
export function detokenize(line: string): string {
  let open = false;
  const out: string[] = [];
  for (const tok of line.split(' ')) {
    if (tok === '"') {
      if (!open) out.push('"');
      else out[out.length - 1] = `${out[out.length - 1] ?? ''}"`;
      open = !open;
      continue;
    }
    const prev = out[out.length - 1];
    if (prev !== undefined && (prev === '"' && open || prev.endsWith('(') || prev.endsWith('$'))) {
      out[out.length - 1] = prev + tok;
    } else out.push(tok);
  }
  return out
    .join(' ')
    .replace(/ (['’]s|['’]|n't|'re|'ve|'ll|'d|'m)\b/g, '$1')
    .replace(/ ([,.;:!?%)])/g, '$1')
    .replace(/(\p{L}) - (\p{L})/gu, '$1-$2')
    .replace(/"\s+"/g, '" "');
}

/** An article for the enricher: first line is the title, the second the date line, the rest the body. */
export function gumArticle(doc: GoldDocument): { title: string; bodyText: string } {
  const lines = doc.text.split('\n');
  return { title: detokenize(lines[0] ?? ''), bodyText: lines.slice(2).map(detokenize).join('\n') };
}

export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function wikiTitle(id: string): string {
  return decodeURIComponent(id).replace(/_/g, ' ').replace(/\s*\(.*\)\s*$/, '');
}

function matches(found: string[], surface: string[], allowStart: boolean): boolean {
  const s = surface[0] === 'the' ? surface.slice(1) : surface;
  if (found.length === 0 || found.length > s.length) return false;
  for (let i = 0; i + found.length <= s.length; i += 1) {
    if (!found.every((w, k) => s[i + k] === w)) continue;
    if (found.length >= 2 || s.length === 1 || i + 1 === s.length || (allowStart && i === 0)) return true;
  }
  return false;
}

function entityMatches(found: string[], e: GoldEntity, allowStart: boolean): boolean {
  const surfaces = e.mentions.map((m) => nameWords(detokenize(m[2])));
  if (e.wikipedia) surfaces.push(nameWords(wikiTitle(e.wikipedia)));
  return surfaces.some((s) => matches(found, s, allowStart));
}

export interface Counts { gold: number; found: number; correct: number; recalled: number; ignored: number }
export interface DocScore { doc: string; people: Counts; topics: Counts; falsePeople: string[]; missedPeople: string[];
  falseTopics: string[]; missedTopics: string[] }

function dedupeByWiki(entities: GoldEntity[]): GoldEntity[] {
  const byId = new Map<string, GoldEntity>();
  for (const e of entities) {
    const key = e.wikipedia ?? e.id;
    const prev = byId.get(key);
    if (prev) byId.set(key, { ...prev, mentions: [...prev.mentions, ...e.mentions] });
    else byId.set(key, e);
  }
  return [...byId.values()];
}

function score(found: string[], scored: GoldEntity[], outside: GoldEntity[], allowStart: boolean) {
  const counts: Counts = { gold: scored.length, found: 0, correct: 0, recalled: 0, ignored: 0 };
  const falses: string[] = [];
  const hit = new Set<GoldEntity>();
  for (const name of found) {
    const words = nameWords(name);
    const m = scored.filter((e) => entityMatches(words, e, allowStart));
    if (m.length > 0) {
      counts.found += 1;
      counts.correct += 1;
      m.forEach((e) => hit.add(e));
    } else if (outside.some((e) => entityMatches(words, e, allowStart))) counts.ignored += 1;
    else {
      counts.found += 1;
      falses.push(name);
    }
  }
  counts.recalled = hit.size;
  const missed = scored.filter((e) => !hit.has(e)).map((e) => wikiTitle(e.wikipedia ?? e.id));
  return { counts, falses, missed };
}

export function scoreDocument(doc: GoldDocument, result: Enrichment): DocScore {
  const ents = doc.entities;
  const people = dedupeByWiki(ents.filter((e) => e.type === 'person' && e.wikipedia));
  const peopleOutside = ents.filter((e) => e.type === 'person' && !e.wikipedia);
  const topics = dedupeByWiki(ents.filter((e) => (e.type === 'place' || e.type === 'organization') && e.wikipedia));
  const topicsOutside = ents.filter((e) => !((e.type === 'place' || e.type === 'organization') && e.wikipedia));
  const p = score(result.people.map((x) => x.name), people, peopleOutside, false);
  const named = result.topics.filter((x) => x.kind !== 'SUBJECT' && (x.demonymMentions ?? 0) < x.mentions);
  const t = score(named.map((x) => x.name), topics, topicsOutside, true);
  return { doc: doc.doc, people: p.counts, topics: t.counts, falsePeople: p.falses, missedPeople: p.missed,
    falseTopics: t.falses, missedTopics: t.missed };
}

export interface Prf { precision: number; recall: number; f1: number }
export function prf(c: Counts): Prf {
  const precision = c.found ? c.correct / c.found : 0;
  const recall = c.gold ? c.recalled / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function sumCounts(all: Counts[]): Counts {
  return all.reduce((a, c) => ({ gold: a.gold + c.gold, found: a.found + c.found, correct: a.correct + c.correct,
    recalled: a.recalled + c.recalled, ignored: a.ignored + c.ignored }), { gold: 0, found: 0, correct: 0, recalled: 0, ignored: 0 });
}

/** Runs the enricher on every GUM news document and scores it. */
export function scoreGumNews(extract: (doc: GoldDocument) => Enrichment = (d) => enrichArticle(gumArticle(d))) {
  const docs = loadGumDocuments().map((d) => scoreDocument(d, extract(d)));
  return { docs, people: prf(sumCounts(docs.map((d) => d.people))), topics: prf(sumCounts(docs.map((d) => d.topics))),
    peopleCounts: sumCounts(docs.map((d) => d.people)), topicCounts: sumCounts(docs.map((d) => d.topics)) };
}
