import { isSpeechVerb } from './classify-span.js';

/** Who a name in the body refers to, with its body offsets. */
export interface SpeakerMention {
  start: number;
  end: number;
  speaker: string;
  speakerKind: 'PERSON' | 'ORGANIZATION';
  speakerKey: string;
}

export interface FoundQuote {
  text: string;
  speaker: string;
  speakerKind: 'PERSON' | 'ORGANIZATION';
  speakerKey: string;
}

interface Segment {
  text: string;
  start: number;
  end: number;
  /** The paragraph ends before the quote closes: by convention it continues in the next paragraph. */
  open: boolean;
}

const OPENERS = new Set(['"', '“', '„', '«']);
const CLOSERS: Record<string, string[]> = { '"': ['"', '”'], '“': ['”', '"', '“'], '„': ['“', '”', '"'], '«': ['»'] };
const PRONOUN_RE = /^\s*,?\s*(he|she|it)\b/i;

/** "he/she said" → the last person named before; "it said" → the last organization named before. */
function pronounSpeaker(text: string, pos: number, sorted: readonly SpeakerMention[]): SpeakerMention | undefined {
  const m = PRONOUN_RE.exec(text);
  if (!m) return undefined;
  const kind = m[1]?.toLowerCase() === 'it' ? 'ORGANIZATION' : 'PERSON';
  return sorted.filter((x) => x.end <= pos && x.speakerKind === kind).pop();
}

/** Double-quoted segments of one paragraph (offsets in the body). Runs of quote marks count as one. */
function segmentsOf(paragraph: string, base: number): Segment[] {
  const out: Segment[] = [];
  let i = 0;
  while (i < paragraph.length) {
    const ch = paragraph[i] ?? '';
    if (!OPENERS.has(ch)) {
      i += 1;
      continue;
    }
    let s = i;
    while (OPENERS.has(paragraph[s] ?? '')) s += 1;
    const closers = CLOSERS[ch] ?? ['"'];
    let e = s;
    while (e < paragraph.length && !closers.includes(paragraph[e] ?? '')) e += 1;
    const text = paragraph.slice(s, e).trim();
    out.push({ text: text.replace(/[,\s]+$/, ''), start: base + i, end: base + Math.min(e + 1, paragraph.length), open: e >= paragraph.length });
    i = e + 1;
    while (closers.includes(paragraph[i] ?? '')) i += 1;
  }
  return out;
}

const wordCount = (s: string): number => s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/**
 * Direct speech and its speaker. Patterns: `X said: "…"` (the first named speaker of the clause before the
 * verb), `"…," said X` / `"…," X said` (the name next to the verb after the quote), `X: "…"`, and "he/she
 * said", which resolves to the last person named before. A paragraph opening with a quote mark and no
 * attribution of its own continues the previous quote's speaker. Unattributable quotes ("a spokesperson
 * said") are dropped rather than guessed. Scare quotes (fewer than three words) are not quotes.
 */
export function findQuotes(body: string, mentions: readonly SpeakerMention[]): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const inRange = (a: number, b: number): SpeakerMention[] => sorted.filter((m) => m.start >= a && m.end <= b);
  let previous: { speaker?: SpeakerMention; open: boolean } = { open: false };
  let pos = 0;
  for (const paragraph of body.split('\n')) {
    const base = pos;
    pos += paragraph.length + 1;
    const segments = segmentsOf(paragraph, base).filter((s) => wordCount(s.text) >= 3);
    if (segments.length === 0) {
      if (paragraph.trim()) previous = { open: false };
      continue;
    }
    let paragraphSpeaker: SpeakerMention | undefined;
    const attributed: { seg: Segment; speaker?: SpeakerMention }[] = [];
    segments.forEach((seg, k) => {
      const prevEnd = k === 0 ? base : (segments[k - 1]?.end ?? base);
      const nextStart = segments[k + 1]?.start ?? base + paragraph.length;
      const before = body.slice(prevEnd, seg.start);
      const after = body.slice(seg.end, nextStart);
      let speaker: SpeakerMention | undefined;
      // After the quote: `," said Mr Medvedev` / `," the Kremlin added` / `," he said`.
      const afterVerb = /^[\s,.!?…—–-]*([^.!?"“”]{0,80})/u.exec(after)?.[1] ?? '';
      const verbAfter = afterVerb.split(/\s+/).findIndex((w) => isSpeechVerb(w.replace(/[^\p{L}]/gu, '')));
      if (verbAfter >= 0 && verbAfter <= 6) {
        const windowEnd = seg.end + (after.length - after.trimStart().length) + afterVerb.length + 1;
        speaker = inRange(seg.end, windowEnd).find((m) => m.speakerKind === 'PERSON' || m.speakerKind === 'ORGANIZATION');
        if (!speaker) speaker = pronounSpeaker(afterVerb.split(/[,;]/)[0] ?? '', seg.start, sorted);
      }
      // Before the quote: `X said:` / `X, an adviser, said:` / `..., saying:` / `X:`.
      if (!speaker && /[:,]\s*$/.test(before)) {
        const clauseStart = Math.max(prevEnd, base + Math.max(0, before.search(/[^.!?]*[:,]\s*$/)));
        const clause = body.slice(clauseStart, seg.start);
        const hasVerb = clause.split(/\s+/).some((w) => isSpeechVerb(w.replace(/[^\p{L}]/gu, '')));
        const named = inRange(clauseStart, seg.start);
        if (hasVerb || /^\s*[^\s,]+(?:\s+[^\s,]+){0,3}:\s*$/u.test(clause)) {
          speaker = named.find((m) => m.speakerKind === 'PERSON') ?? named.find((m) => m.speakerKind === 'ORGANIZATION');
          if (!speaker) speaker = pronounSpeaker(clause, seg.start, sorted);
        }
      }
      if (!speaker && k > 0) speaker = attributed[k - 1]?.speaker;
      if (!speaker && k === 0 && paragraph.trimStart().startsWith(body[seg.start] ?? '') && seg.start === base + paragraph.search(/\S/)) {
        speaker = previous.speaker;
      }
      attributed.push({ seg, speaker });
      if (speaker) paragraphSpeaker = speaker;
    });
    for (const { seg, speaker } of attributed) {
      if (!speaker) continue;
      const last = quotes[quotes.length - 1];
      const continues = previous.open && seg === segments[0] && last && previous.speaker === speaker;
      if (continues && last) last.text = `${last.text} ${seg.text}`;
      else quotes.push({ text: seg.text, speaker: speaker.speaker, speakerKind: speaker.speakerKind, speakerKey: speaker.speakerKey });
    }
    const lastSeg = attributed[attributed.length - 1];
    previous = { speaker: lastSeg?.speaker ?? paragraphSpeaker, open: !!lastSeg?.seg.open && !!lastSeg.speaker };
  }
  return quotes;
}
