/** Dates and times as pages write them, turned into instants with an explicit rule for the zone. */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  janv: 1, févr: 2, fevr: 2, mars: 3, avr: 4, mai: 5, juin: 6, juil: 7, août: 8, aout: 8, déc: 12,
  januar: 1, februar: 2, märz: 3, maerz: 3, juni: 6, juli: 7, okt: 10, dez: 12,
  ene: 1, abr: 4, ago: 8, dic: 12, fev: 2, set: 9, out: 10, dez_: 12,
};

/** Fixed offsets (minutes east of UTC) of the zone abbreviations news pages print next to times. */
const ZONE_ABBREVIATIONS: Record<string, number> = {
  utc: 0, gmt: 0, z: 0, bst: 60, ist: 60, wet: 0, west: 60, cet: 60, cest: 120, eet: 120, eest: 180, msk: 180,
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420, akst: -540, akdt: -480,
  hst: -600, aest: 600, aedt: 660, acst: 570, acdt: 630, awst: 480, nzst: 720, nzdt: 780, jst: 540, kst: 540,
};

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

export interface ParsedDateTime {
  /** The instant, when the text had a zone or a zone was supplied. */
  date: Date;
  /** How the zone was decided: written in the text, taken from the caller's zone, or assumed UTC. */
  zoneSource: 'text' | 'zone' | 'utc';
  /** False for a date alone (no time of day was written). */
  hasTime: boolean;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    partsFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether the runtime knows this IANA zone name. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** Offset of an IANA zone at an instant, in minutes east of UTC (Intl carries the real DST rules). */
export function zoneOffsetMinutes(instantMs: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(instantMs));
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instantMs / 1000) * 1000) / 60_000);
}

/**
 * The instant a wall clock reading means in an IANA zone. Two passes, because the offset depends on the
 * instant: the first guess uses the offset at the reading taken as UTC, the second corrects across a DST
 * change (a reading inside the spring-forward gap lands an hour later, as clocks do).
 */
export function wallClockToInstant(clock: WallClock, timeZone: string): Date {
  const naive = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second, clock.millisecond);
  const first = naive - zoneOffsetMinutes(naive, timeZone) * 60_000;
  const second = naive - zoneOffsetMinutes(first, timeZone) * 60_000;
  return new Date(second);
}

function validClock(c: WallClock): boolean {
  if (c.month < 1 || c.month > 12 || c.day < 1 || c.day > 31 || c.hour > 24 || c.minute > 59 || c.second > 60) return false;
  const probe = new Date(Date.UTC(c.year, c.month - 1, c.day));
  return probe.getUTCMonth() === c.month - 1 && c.year >= 1900 && c.year <= 2200;
}

function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[w] ?? MONTHS[w.slice(0, 4)] ?? MONTHS[w.slice(0, 3)];
}

function zoneFromText(rest: string): number | undefined {
  const offset = /(?:^|[\s(])(?:UTC|GMT)?\s*([+-])(\d{1,2}):?(\d{2})?\b/i.exec(rest);
  if (offset) {
    const sign = offset[1] === '-' ? -1 : 1;
    return sign * (Number(offset[2]) * 60 + Number(offset[3] ?? 0));
  }
  const abbreviation = /\b([A-Za-z]{1,5})\b/g;
  for (let m = abbreviation.exec(rest); m; m = abbreviation.exec(rest)) {
    const word = m[1] ?? '';
    if (word === word.toUpperCase() || word === 'z' ) {
      const minutes = ZONE_ABBREVIATIONS[word.toLowerCase()];
      if (minutes !== undefined) return minutes;
    }
  }
  return undefined;
}

function timeOfDay(text: string): { hour: number; minute: number; second: number; millisecond: number; rest: string } | undefined {
  const m = /\b(\d{1,2})[:.h](\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(a\.?m\.?|p\.?m\.?)?(?![\d])/i.exec(text);
  if (!m) {
    const bare = /\b(\d{1,2})\s*(a\.?m\.?|p\.?m\.?)(?![a-z])/i.exec(text);
    if (!bare) return undefined;
    let hour = Number(bare[1]);
    const pm = /^p/i.test(bare[2] ?? '');
    if (hour === 12) hour = pm ? 12 : 0;
    else if (pm) hour += 12;
    return { hour, minute: 0, second: 0, millisecond: 0, rest: text.slice(0, bare.index) + ' ' + text.slice(bare.index + bare[0].length) };
  }
  let hour = Number(m[1]);
  const meridiem = m[5];
  if (meridiem) {
    const pm = /^p/i.test(meridiem);
    if (hour === 12) hour = pm ? 12 : 0;
    else if (pm) hour += 12;
  }
  const fraction = m[4] ? Number(`0.${m[4]}`) : 0;
  return {
    hour, minute: Number(m[2]), second: Number(m[3] ?? 0), millisecond: Math.round(fraction * 1000),
    rest: text.slice(0, m.index) + ' ' + text.slice(m.index + m[0].length),
  };
}

function calendarDate(text: string): { year: number; month: number; day: number; rest: string } | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]), rest: text.replace(iso[0], ' ') };
  const word = '([A-Za-zÀ-ÿ]{3,9}\\.?)';
  const dayFirst = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s+(?:de\\s+)?${word}(?:\\s+de)?,?\\s+(\\d{4})\\b`).exec(text);
  if (dayFirst) {
    const month = monthNumber(dayFirst[2] ?? '');
    if (month) return { year: Number(dayFirst[3]), month, day: Number(dayFirst[1]), rest: text.replace(dayFirst[0], ' ') };
  }
  const monthFirst = new RegExp(`\\b${word}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`).exec(text);
  if (monthFirst) {
    const month = monthNumber(monthFirst[1] ?? '');
    if (month) return { year: Number(monthFirst[3]), month, day: Number(monthFirst[2]), rest: text.replace(monthFirst[0], ' ') };
  }
  const numeric = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(text);
  if (numeric) {
    // Day first: the order of most of the world outside the US; US pages print month names or ISO in metadata.
    const a = Number(numeric[1]);
    const b = Number(numeric[2]);
    const [day, month] = a > 12 ? [a, b] : b > 12 ? [b, a] : [a, b];
    return { year: Number(numeric[3]), month, day, rest: text.replace(numeric[0], ' ') };
  }
  return undefined;
}

/**
 * Reads the date formats of news pages and metadata: ISO 8601 with or without a zone (also with a space
 * instead of `T` and microseconds), RFC 2822, "4 May 2023, 10:24", "May 4, 2023 at 3:46 PM EDT",
 * "10:24 BST, 4 May 2023", "21.12.2018 12h55". Zone rule, in order: an offset or abbreviation in the text;
 * else the wall clock is read in `timeZone` (an IANA name, DST by Intl's rules); else it is taken as UTC and
 * `zoneSource` says so. Returns undefined for text with no recognizable calendar date.
 */
export function parseDateTime(raw: string, timeZone?: string): ParsedDateTime | undefined {
  const text = raw.trim();
  if (!text || text.length > 200) return undefined;
  const isoFull = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?$/i.exec(text);
  let clock: WallClock | undefined;
  let offset: number | undefined;
  let hasTime = false;
  if (isoFull) {
    clock = {
      year: Number(isoFull[1]), month: Number(isoFull[2]), day: Number(isoFull[3]), hour: Number(isoFull[4] ?? 0),
      minute: Number(isoFull[5] ?? 0), second: Number(isoFull[6] ?? 0), millisecond: isoFull[7] ? Math.round(Number(`0.${isoFull[7]}`) * 1000) : 0,
    };
    hasTime = isoFull[4] !== undefined;
    const zone = isoFull[8];
    if (zone) {
      if (/^z$/i.test(zone)) offset = 0;
      else {
        const digits = zone.replace(':', '');
        const sign = digits.startsWith('-') ? -1 : 1;
        offset = sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || 0));
      }
    }
  } else {
    const date = calendarDate(text);
    if (!date) return undefined;
    const time = timeOfDay(date.rest);
    hasTime = time !== undefined;
    clock = { year: date.year, month: date.month, day: date.day, hour: time?.hour ?? 0, minute: time?.minute ?? 0, second: time?.second ?? 0, millisecond: time?.millisecond ?? 0 };
    offset = time ? zoneFromText(time.rest) : undefined;
  }
  if (!validClock(clock)) return undefined;
  const naive = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second, clock.millisecond);
  if (offset !== undefined) return { date: new Date(naive - offset * 60_000), zoneSource: 'text', hasTime };
  if (timeZone && isKnownTimeZone(timeZone)) return { date: wallClockToInstant(clock, timeZone), zoneSource: 'zone', hasTime };
  return { date: new Date(naive), zoneSource: 'utc', hasTime };
}
