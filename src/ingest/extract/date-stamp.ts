import { wordCount } from './text-line-kinds.js';
import { parseDateTime, type ParsedDateTime } from './zoned-time.js';

/** A short line that is only a date and time, maybe with "Updated"/"Published" and a zone. */
export function readDateStamp(line: string, timeZone: string | undefined): { updated: boolean; date: ParsedDateTime | undefined } | undefined {
  if (line.length > 80) return undefined;
  const parsed = parseDateTime(line.replace(/^(?:published|updated|posted|last updated|modified|first published)\s*(?:on|at)?\s*:?\s*/i, ''), timeZone);
  if (!parsed) return undefined;
  const leftover = line
    .replace(/\d+/g, ' ')
    .replace(/\b(?:published|updated|posted|last|first|modified|on|at|am|pm|a\.m\.|p\.m\.|[A-Z]{2,5}|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|mon\w*|tue\w*|wed\w*|thu\w*|fri\w*|sat\w*|sun\w*)\b/gi, ' ');
  return wordCount(leftover) <= 1 ? { updated: /updated|modified/i.test(line), date: parsed } : undefined;
}
