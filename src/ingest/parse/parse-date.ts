const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

/** Zone names seen in feeds, in minutes east of UTC. Single letters are RFC 822 military zones. */
const ZONES: Record<string, number> = {
  ut: 0, utc: 0, gmt: 0, z: 0, 'etc/gmt': 0, 'etc/utc': 0, wet: 0, bst: 60, cet: 60, met: 60, cest: 120, mest: 120, eet: 120, eest: 180,
  ist: 330, jst: 540, kst: 540, hkt: 480, sgt: 480, aest: 600, aedt: 660, nzst: 720, nzdt: 780, msk: 180,
  at: -240, ast: -240, adt: -180, et: -300, est: -300, edt: -240, ct: -360, cst: -360, cdt: -300,
  mt: -420, mst: -420, mdt: -360, pt: -480, pst: -480, pdt: -420, akst: -540, akdt: -480, hst: -600, nst: -210, ndt: -150,
  a: -60, b: -120, c: -180, d: -240, e: -300, f: -360, g: -420, h: -480, i: -540, k: -600, l: -660, m: -720,
  n: 60, o: 120, p: 180, q: 240, r: 300, s: 360, t: 420, u: 480, v: 540, w: 600, x: 660, y: 720,
};

/** Localised month and day names some feeds emit (Greek, Hungarian), mapped to English tokens. */
const LOCALISED: Record<string, string> = {
  'Ιαν': 'Jan', 'Φεβ': 'Feb', 'Μάώ': 'Mar', 'Μάρ': 'Mar', 'Απρ': 'Apr', 'Μάι': 'May', 'Μαϊ': 'May', 'Μαι': 'May', 'Ιούν': 'Jun', 'Ιον': 'Jun',
  'Ιούλ': 'Jul', 'Ιολ': 'Jul', 'Αύγ': 'Aug', 'Αυγ': 'Aug', 'Σεπ': 'Sep', 'Οκτ': 'Oct', 'Νοέ': 'Nov', 'Νοε': 'Nov', 'Δεκ': 'Dec',
  'Κυρ': 'Sun', 'Δευ': 'Mon', 'Τρι': 'Tue', 'Τετ': 'Wed', 'Πεμ': 'Thu', 'Παρ': 'Fri', 'Σαβ': 'Sat',
  'január': '01', 'február': '02', 'március': '03', 'április': '04', 'május': '05', 'június': '06', 'július': '07',
  'augusztus': '08', 'szeptember': '09', 'október': '10', 'november': '11', 'december': '12',
};

const W3C = /^(\d{4})(?:-0?(\d{2})(?:-(\d{2}))?)?(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{1,2})([.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?([.,]\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const TIME = /^(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?$/;

/**
 * Feed dates in the forms publishers really write: RFC 822 and its variants (missing day name or
 * seconds, 2-digit years, full month names, named and military zones, `GMT+hh:mm`), W3C-DTF / ISO 8601
 * (reduced precision, fractions, space instead of `T`, compact), asctime, Perforce, and Greek, Hungarian
 * and Korean forms. A time without zone is taken as UTC. Returns undefined (never a guess) when the
 * string does not fully match or a field is out of range.
 */
export function parseDate(input: string | undefined): Date | undefined {
  if (input === undefined) return undefined;
  const fast = parseRfc1123(input);
  if (fast !== undefined) return fast ?? undefined;
  let value = input.trim().replace(/\s+/g, ' ');
  if (value === '') return undefined;
  if (/[^\x00-\x7f]/.test(value)) value = value.replace(/[\u0370-\u03ffa-záéíóöőúüű]+/gi, (word) => LOCALISED[word] ?? word);
  return parseW3c(value) ?? parseKorean(value) ?? parseRfc822(value) ?? parseIsoTruncated(value);
}

const RFC1123 = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) (GMT|UTC|UT|Z|[+-]\d{4})$/;

/**
 * The form nearly every RSS feed writes (`Tue, 05 Mar 2024 20:05:00 GMT`), read with one expression
 * instead of the general tokenizer; the result is the general path's. Undefined when the string is not
 * exactly that form (the general path decides); null when it is but a field is out of range.
 */
function parseRfc1123(value: string): Date | null | undefined {
  const m = RFC1123.exec(value);
  if (!m) return undefined;
  const [, d, mon, y, h, mi, s, zone] = m as unknown as string[];
  const offset = zone === 'GMT' || zone === 'UTC' || zone === 'UT' || zone === 'Z' ? 0 : parseOffset(zone as string);
  if (offset === undefined) return null;
  return build(Number(y), MONTHS[(mon as string).toLowerCase()] as number, Number(d), Number(h), Number(mi), Number(s), offset) ?? null;
}

function parseW3c(value: string): Date | undefined {
  const m = W3C.exec(value) ?? COMPACT.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone] = m;
  const offset = zone === undefined ? 0 : parseOffset(zone);
  if (offset === undefined) return undefined;
  const ms = fraction ? Math.floor(Number(`0.${fraction.slice(1)}`) * 1000) : 0;
  return build(Number(y), mo ? Number(mo) : 1, d ? Number(d) : 1, h ? Number(h) : 0, mi ? Number(mi) : 0, s ? Number(s) : 0, offset, ms);
}

/** ISO 8601:1988 truncated forms with 2-digit years (YYMMDD, YY-MM-DD, -YYMM, -YY-MM). */
function parseIsoTruncated(value: string): Date | undefined {
  let m = /^(\d{2})-?(\d{2})-?(\d{2})$/.exec(value);
  if (m) return build(2000 + Number(m[1]), Number(m[2]), Number(m[3]), 0, 0, 0, 0);
  m = /^-(\d{2})-?(\d{2})$/.exec(value);
  if (m) return build(2000 + Number(m[1]), Number(m[2]), 1, 0, 0, 0, 0);
  return undefined;
}

/** Korean blog engines: `2004-05-25 오후 11:23:17` (Nate) and `2004년 05월 28일 01:31:15` (OnBlog), in KST. */
function parseKorean(value: string): Date | undefined {
  let m = /^(\d{4})-(\d{2})-(\d{2}) (오전|오후) (\d{1,2}):(\d{2}):(\d{2})$/.exec(value);
  if (m) {
    let hour = Number(m[5]) % 12;
    if (m[4] === '오후') hour += 12;
    return build(Number(m[1]), Number(m[2]), Number(m[3]), hour, Number(m[6]), Number(m[7]), 540);
  }
  m = /^(\d{4})년 (\d{1,2})월 (\d{1,2})일 (\d{1,2}):(\d{2}):(\d{2})$/.exec(value);
  if (m) return build(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]), 540);
  return undefined;
}

function parseRfc822(value: string): Date | undefined {
  const tokens = value.replace(/,/g, ' ').replace(/(\d)(T)(\d)/, '$1 $3').trim().split(' ').filter((t) => t !== '');
  if (tokens[0] && /^[a-z]+\.?$/i.test(tokens[0]) && MONTHS[tokens[0].toLowerCase().replace('.', '')] === undefined) tokens.shift();
  let day: number | undefined;
  let month: number | undefined;
  let year: number | undefined;
  let time: RegExpExecArray | null = null;
  let zone: string | undefined;
  for (const token of tokens) {
    const lower = token.toLowerCase().replace(/\.$/, '');
    if (/^\d{4}\/\d{2}\/\d{2}$/.test(token)) {
      const [y, mo, d] = token.split('/');
      year = Number(y);
      month = Number(mo);
      day = Number(d);
    } else if (MONTHS[lower] !== undefined && month === undefined) month = MONTHS[lower];
    else if (/^\d{1,2}$/.test(token) && day === undefined && (month === undefined || year === undefined)) day = Number(token);
    else if (/^\d{1,2}$/.test(token) && year === undefined) year = 2000 + Number(token);
    else if (/^\d{4}$/.test(token) && year === undefined) year = Number(token);
    else if (time === null && (time = TIME.exec(token)) !== null) continue;
    else if (zone === undefined) zone = token;
    else return undefined;
  }
  if (day === undefined || month === undefined || year === undefined) return undefined;
  const offset = zone === undefined ? 0 : parseZone(zone);
  if (offset === undefined) return undefined;
  return build(year, month, day, time ? Number(time[1]) : 0, time ? Number(time[2]) : 0, time?.[3] ? Number(time[3]) : 0, offset);
}

function parseZone(zone: string): number | undefined {
  const lower = zone.toLowerCase();
  const named = ZONES[lower];
  if (named !== undefined) return named;
  const prefixed = /^(?:gmt|utc|ut)([+-].*)$/.exec(lower);
  if (prefixed?.[1]) return parseOffset(prefixed[1]);
  if (/^[+-]/.test(zone)) return parseOffset(zone);
  return /^[a-z]{1,5}$/.test(lower) ? 0 : undefined;
}

function parseOffset(zone: string): number | undefined {
  if (zone === 'Z' || zone === 'z') return 0;
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  if (!m) return undefined;
  const hours = Number(m[2]);
  const minutes = m[3] ? Number(m[3]) : 0;
  if (hours > 14 || minutes > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function build(year: number, month: number, day: number, hour: number, minute: number, second: number, offsetMinutes: number, ms = 0): Date | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, Math.min(second, 59), ms);
  if (date.getUTCDate() !== day && hour !== 24) return undefined;
  const time = date.getTime() - offsetMinutes * 60_000;
  return Number.isFinite(time) ? new Date(time) : undefined;
}
