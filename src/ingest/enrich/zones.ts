import { classifySpan, type Candidate } from './classify-span.js';
import { blankCredits } from './credits.js';
import { foldText } from './fold.js';
import { findNameSpans, type CaseContext } from './spans.js';
import { tokenize, type Token } from './tokenize.js';

export type MentionZone = 'TITLE' | 'LEAD' | 'BODY' | 'CAPTION';

/** A candidate with where it was found; `order` is its position in reading order across zones. */
export interface ZoneCandidate extends Candidate {
  zone: MentionZone;
  /** Which text the offsets refer to: 'title', 'summary', 'body' or 'caption:<i>'. */
  source: string;
  order: number;
}

export interface ZoneText {
  zone: MentionZone;
  source: string;
  text: string;
  tokens: Token[];
  /** Body only: mentions before this offset are in the lead (the first paragraph, when there is no summary). */
  leadEnd?: number;
}

/** Credits and agency labels at the end of captions ("Picture: Getty/Social media", "(Photo by X/AFP)"). */
const CREDIT_RE = /(?:\s*[(|]?\s*(?:picture|photo|photograph|image|credit|source|video|illustration)s?(?:\s+by)?\s*[:：].*$)|(?:\s*\((?:photo|picture|image)s?\s+by\b.*$)/i;

export function stripCredit(caption: string): string {
  return caption.replace(CREDIT_RE, '').trim();
}

/** Paragraph lines that are page furniture, not article text: bylines, "Read more:" links, credits. */
const FURNITURE_LINE_RE =
  /^\s*(?:(?:read more|see also|related|watch|listen)\s*:|(?:picture|photo|image|credit)s?\s*:|(?:additional\s+)?(?:reporting|writing|editing)\s+by\b)/iu;
const BYLINE_RE = /^\s*(?:By|BY|by)\s+\p{Lu}[\p{L}\p{M}'’-]*(?:[\s,]+(?:and\s+)?\p{Lu}[\p{L}\p{M}.'’-]*){0,8}\s*$/u;

function blankFurnitureLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (FURNITURE_LINE_RE.test(line) || BYLINE_RE.test(line) ? ' '.repeat(line.length) : line))
    .join('\n');
}

function isHeadline(tokens: readonly Token[]): boolean {
  const words = tokens.filter((t) => t.kind === 'word' && t.core.length > 3 && /^\p{L}/u.test(t.core));
  if (words.length < 3) return false;
  const caps = words.filter((t) => /^\p{Lu}/u.test(t.core)).length;
  return caps / words.length >= 0.6;
}

/**
 * Builds the zones of an article: title, lead (the summary, or else the body's first paragraph, whose offsets
 * are then the same as in the body), body and captions. Furniture lines are blanked (same length, so offsets
 * stay true) rather than removed.
 */
export function buildZones(input: { title: string; summary?: string; bodyText: string; captions?: string[] }): ZoneText[] {
  const zones: ZoneText[] = [];
  const body = blankCredits(blankFurnitureLines(input.bodyText ?? ''));
  zones.push({ zone: 'TITLE', source: 'title', text: input.title ?? '', tokens: tokenize(input.title ?? '') });
  const summary = input.summary?.trim() ? input.summary : undefined;
  if (summary) zones.push({ zone: 'LEAD', source: 'summary', text: summary, tokens: tokenize(summary) });
  const bodyZone: ZoneText = { zone: 'BODY', source: 'body', text: body, tokens: tokenize(body) };
  if (!summary) {
    const start = body.search(/\S/);
    const nl = start < 0 ? -1 : body.indexOf('\n', start);
    bodyZone.leadEnd = start < 0 ? 0 : nl < 0 ? body.length : nl;
  }
  zones.push(bodyZone);
  (input.captions ?? []).forEach((caption, i) => {
    const text = blankCredits(stripCredit(caption));
    zones.push({ zone: 'CAPTION', source: `caption:${i}`, text, tokens: tokenize(text) });
  });
  return zones;
}

/** Words that occur in lower case anywhere in the article (capitalized only by position elsewhere). */
export function lowerVocabulary(zones: readonly ZoneText[]): Set<string> {
  const vocab = new Set<string>();
  for (const z of zones) {
    for (const t of z.tokens) if (t.kind === 'word' && /^\p{Ll}/u.test(t.core)) vocab.add(foldText(t.core));
  }
  return vocab;
}

/** All candidates of all zones, in reading order. */
export function zoneCandidates(zones: readonly ZoneText[], lowerVocab = lowerVocabulary(zones)): ZoneCandidate[] {
  const out: ZoneCandidate[] = [];
  for (const z of zones) {
    const ctx: CaseContext = { lowerVocab, headline: z.zone === 'TITLE' && isHeadline(z.tokens) };
    for (const span of findNameSpans(z.tokens, ctx)) {
      for (const c of classifySpan(z.text, z.tokens, span)) {
        const zone = z.leadEnd !== undefined && c.start < z.leadEnd ? 'LEAD' : z.zone;
        out.push({ ...c, zone, source: z.source, order: out.length });
      }
    }
  }
  return out;
}
