import { personKey, topicSlug } from './person-key.js';
import { findQuotes, type SpeakerMention } from './quotes.js';
import { resolvePeople, type ResolvedPerson } from './resolve-people.js';
import { buildZones, lowerVocabulary, zoneCandidates, type MentionZone, type ZoneCandidate } from './zones.js';

export type { MentionZone } from './zones.js';

export interface EnrichInput {
  title: string;
  summary?: string;
  bodyText: string;
  captions?: string[];
  authors?: string[];
}

export interface PersonMention {
  surface: string;
  zone: MentionZone;
  /** Char offset within its zone's text (the summary for LEAD, or the body when the lead is its first paragraph). */
  offset: number;
}

export interface ExtractedPerson {
  /** Full canonical display name. */
  name: string;
  /** Normalized identity key (`personKey`). */
  key: string;
  aliases: string[];
  roles: string[];
  mentions: PersonMention[];
  salience: number;
}

export interface ExtractedTopic {
  name: string;
  key: string;
  kind: 'PLACE' | 'ORGANIZATION' | 'SUBJECT';
  mentions: number;
  /** How many of `mentions` are demonyms ("Russian" for Russia); absent when none. */
  demonymMentions?: number;
  salience: number;
}

export interface ExtractedQuote {
  text: string;
  speaker: string;
  speakerKind: 'PERSON' | 'ORGANIZATION';
  speakerKey: string;
}

export interface Enrichment {
  people: ExtractedPerson[];
  topics: ExtractedTopic[];
  quotes: ExtractedQuote[];
}

const ZONE_WEIGHT: Record<MentionZone, number> = { TITLE: 4, LEAD: 2.5, BODY: 1, CAPTION: 0.5 };

/** A demonym ("Russian strikes") supports its place less than the place's name does. */
const DEMONYM_WEIGHT = 0.4;

/** Weight of a mention: its zone, plus up to half a point for coming early in the body; demonyms weigh less. */
function mentionWeight(c: ZoneCandidate, bodyLength: number): number {
  const early = c.zone === 'BODY' && bodyLength > 0 ? 0.5 * (1 - c.start / bodyLength) : 0;
  return (ZONE_WEIGHT[c.zone] + early) * (c.demonym ? DEMONYM_WEIGHT : 1);
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

function displayName(p: ResolvedPerson): string {
  const longest = [...p.mentions].sort((a, b) => b.words.length - a.words.length || a.order - b.order)[0];
  return (longest?.surface ?? p.words.join(' ')).replace(/\s+/g, ' ').trim();
}

function validate(input: EnrichInput): void {
  if (input === null || typeof input !== 'object') throw new TypeError('enrichArticle: input must be an object');
  if (typeof input.title !== 'string') throw new TypeError('enrichArticle: input.title must be a string');
  if (typeof input.bodyText !== 'string') throw new TypeError('enrichArticle: input.bodyText must be a string');
  if (input.summary !== undefined && typeof input.summary !== 'string') {
    throw new TypeError('enrichArticle: input.summary must be a string when given');
  }
  if (input.captions !== undefined && (!Array.isArray(input.captions) || input.captions.some((c) => typeof c !== 'string'))) {
    throw new TypeError('enrichArticle: input.captions must be an array of strings when given');
  }
}

/**
 * People, places/organizations and quotes of one article, from its text alone (pure, no lookups). Names are
 * resolved inside the article (surname and "Mr X" mentions join the full name) and keyed with `personKey` so
 * the merge stage can join the same person across articles. Authors are credits, not mentions: a person is
 * kept only when the text names them (bylines inside the body are ignored). Salience is relative to the
 * article's most salient entity of the same kind (1 = most salient): title and lead mentions weigh more.
 */
export function enrichArticle(input: EnrichInput): Enrichment {
  validate(input);
  const zones = buildZones(input);
  const lowerVocab = lowerVocabulary(zones);
  const candidates = zoneCandidates(zones, lowerVocab);
  const bodyLength = input.bodyText.length;
  const { people: resolved } = resolvePeople(candidates, lowerVocab, new Map(zones.map((z) => [z.source, z.text])));

  const people = resolved.map((p) => {
    const name = displayName(p);
    const surfaces = new Map<string, string>();
    for (const m of p.mentions) {
      const s = m.surface.replace(/\s+/g, ' ').trim();
      if (s.toLowerCase() !== name.toLowerCase() && !surfaces.has(s.toLowerCase())) surfaces.set(s.toLowerCase(), s);
    }
    const score = p.mentions.reduce((sum, m) => sum + mentionWeight(m, bodyLength), 0);
    return {
      resolved: p,
      person: {
        name,
        key: personKey(name),
        aliases: [...surfaces.values()],
        roles: [...new Set(p.mentions.flatMap((m) => m.roles))],
        mentions: p.mentions.map((m) => ({ surface: m.surface, zone: m.zone, offset: m.start })),
        salience: score,
      } satisfies ExtractedPerson,
    };
  });
  const maxPerson = Math.max(0, ...people.map((p) => p.person.salience));
  for (const p of people) p.person.salience = maxPerson > 0 ? round3(p.person.salience / maxPerson) : 0;

  const topicMap = new Map<string, { names: Map<string, number>; kind: 'PLACE' | 'ORGANIZATION'; mentions: ZoneCandidate[] }>();
  for (const c of candidates) {
    if (c.kind !== 'PLACE' && c.kind !== 'ORGANIZATION') continue;
    const name = (c.canonical ?? c.surface).replace(/^the\s+/i, '').replace(/\s+/g, ' ').trim();
    const key = topicSlug(name);
    if (!key) continue;
    const t = topicMap.get(key) ?? { names: new Map<string, number>(), kind: c.kind, mentions: [] };
    t.names.set(name, (t.names.get(name) ?? 0) + 1);
    t.mentions.push(c);
    topicMap.set(key, t);
  }
  const topics: ExtractedTopic[] = [...topicMap.entries()].map(([key, t]) => {
    const demonyms = t.mentions.filter((m) => m.demonym).length;
    return {
      name: [...t.names.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? key,
      key,
      kind: t.kind,
      mentions: t.mentions.length,
      ...(demonyms > 0 ? { demonymMentions: demonyms } : {}),
      salience: t.mentions.reduce((sum, m) => sum + mentionWeight(m, bodyLength), 0),
    };
  });
  const maxTopic = Math.max(0, ...topics.map((t) => t.salience));
  for (const t of topics) t.salience = maxTopic > 0 ? round3(t.salience / maxTopic) : 0;

  const speakers: SpeakerMention[] = [];
  for (const { resolved: p, person } of people) {
    for (const m of p.mentions) {
      if (m.source === 'body') {
        speakers.push({ start: m.start, end: m.end, speaker: person.name, speakerKind: 'PERSON', speakerKey: person.key });
      }
    }
  }
  for (const c of candidates) {
    if (c.kind !== 'ORGANIZATION' || c.source !== 'body') continue;
    const name = (c.canonical ?? c.surface).replace(/^the\s+/i, '').trim();
    const topic = topicMap.get(topicSlug(name));
    const display = topic ? [...topic.names.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? name : name;
    speakers.push({ start: c.start, end: c.end, speaker: display, speakerKind: 'ORGANIZATION', speakerKey: topicSlug(name) });
  }
  const quotes = findQuotes(zones.find((z) => z.zone === 'BODY')?.text ?? '', speakers);

  return {
    people: people.map((p) => p.person).sort((a, b) => b.salience - a.salience || a.name.localeCompare(b.name)),
    topics: topics.sort((a, b) => b.salience - a.salience || a.name.localeCompare(b.name)),
    quotes,
  };
}
