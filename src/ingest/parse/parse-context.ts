import type { FeedItem, ParseWarning } from '../../domain/feed.js';
import type { SourcePosition } from './source-position.js';
import type { XmlElement } from './xml-document.js';
import { parseDate } from './parse-date.js';

/** What a format parser needs besides the document: where to record warnings. */
export class ParseContext {
  readonly warnings: ParseWarning[] = [];

  constructor(private readonly position: SourcePosition | undefined) {}

  warn(message: string, at?: XmlElement | number): void {
    if (this.warnings.length >= 100) return;
    const offset = typeof at === 'number' ? at : at?.start;
    this.warnings.push(offset !== undefined && this.position ? { message, ...this.position.at(offset) } : { message });
  }

  /** A date, or undefined with a warning: an invalid date is reported, never guessed. */
  date(value: string | undefined, at: XmlElement | undefined, label: string): Date | undefined {
    if (value === undefined || value.trim() === '') return undefined;
    const date = parseDate(value);
    if (!date) this.warn(`invalid date "${value.trim().slice(0, 60)}" in ${label}`, at);
    return date;
  }
}

/** Category list: trimmed, blank dropped, de-duplicated in order. */
export function uniqueStrings(values: (string | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values) {
    const t = v?.replace(/\s+/g, ' ').trim();
    if (!t || seen.has(t)) continue;
    seen.add(t);
    out.push(t);
  }
  return out;
}

export function parseLength(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** The object without its undefined or empty-string properties: optional model fields are absent, never blank. */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const v = record[key];
    if (v !== undefined && v !== '') out[key] = v;
  }
  return out as T;
}

/** Items read while the document was being read (see ItemStream), with the warnings their reading gave. */
export interface StreamedItems {
  items: FeedItem[];
  warnings: ParseWarning[];
}

/**
 * The feed's items: those converted while the document was read, then the rest. The streamed items'
 * warnings join `ctx` here, where they would have been recorded had the items been read now.
 */
export function withStreamed(streamed: StreamedItems | undefined, ctx: ParseContext, rest: () => FeedItem[]): FeedItem[] {
  if (!streamed) return rest();
  for (const w of streamed.warnings) {
    if (ctx.warnings.length >= 100) break;
    ctx.warnings.push(w);
  }
  const others = rest();
  return streamed.items.length === 0 ? others : others.length === 0 ? streamed.items : [...streamed.items, ...others];
}
