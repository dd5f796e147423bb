/**
 * Which IANA zone a page's zoneless times are in, when nothing in the text says it.
 * Rule, first match wins (documented so results can be explained):
 *   1. the caller's zone (ExtractOptions.timeZone);
 *   2. the country-code domain of the page's URL (`.co.uk` → Europe/London, `.de` → Europe/Berlin ...);
 *   3. the region of the page's language tag (`en-GB`, `pt-BR`, `de-AT` ...);
 *   4. a language spoken mostly in one zone (`de`, `fr`, `it`, `nl`, `pl`, `cs`, `ja` ...);
 *   5. for English text without a region: pound sterling prices or UK/Britain mentions clearly outnumbering
 *      dollar/US ones → Europe/London;
 *   else undefined, and callers fall back to UTC with a warning.
 * Zone offsets themselves, DST included, come from Intl (see zoned-time.ts), never from a table.
 */
const BY_COUNTRY: Record<string, string> = {
  uk: 'Europe/London', gb: 'Europe/London', ie: 'Europe/Dublin', de: 'Europe/Berlin', at: 'Europe/Vienna',
  ch: 'Europe/Zurich', fr: 'Europe/Paris', be: 'Europe/Brussels', nl: 'Europe/Amsterdam', lu: 'Europe/Luxembourg',
  es: 'Europe/Madrid', pt: 'Europe/Lisbon', it: 'Europe/Rome', pl: 'Europe/Warsaw', cz: 'Europe/Prague',
  sk: 'Europe/Bratislava', hu: 'Europe/Budapest', se: 'Europe/Stockholm', no: 'Europe/Oslo', dk: 'Europe/Copenhagen',
  fi: 'Europe/Helsinki', gr: 'Europe/Athens', ro: 'Europe/Bucharest', ua: 'Europe/Kyiv', tr: 'Europe/Istanbul',
  il: 'Asia/Jerusalem', in: 'Asia/Kolkata', jp: 'Asia/Tokyo', kr: 'Asia/Seoul', cn: 'Asia/Shanghai', tw: 'Asia/Taipei',
  hk: 'Asia/Hong_Kong', sg: 'Asia/Singapore', za: 'Africa/Johannesburg', ng: 'Africa/Lagos', ke: 'Africa/Nairobi',
  nz: 'Pacific/Auckland', au: 'Australia/Sydney', ca: 'America/Toronto', br: 'America/Sao_Paulo', ar: 'America/Argentina/Buenos_Aires', mx: 'America/Mexico_City',
  cl: 'America/Santiago', co: 'America/Bogota', pe: 'America/Lima',
};

const BY_LANGUAGE: Record<string, string> = {
  de: 'Europe/Berlin', fr: 'Europe/Paris', it: 'Europe/Rome', nl: 'Europe/Amsterdam', pl: 'Europe/Warsaw',
  cs: 'Europe/Prague', sk: 'Europe/Bratislava', hu: 'Europe/Budapest', sv: 'Europe/Stockholm', da: 'Europe/Copenhagen',
  nb: 'Europe/Oslo', fi: 'Europe/Helsinki', el: 'Europe/Athens', ro: 'Europe/Bucharest', uk: 'Europe/Kyiv',
  tr: 'Europe/Istanbul', he: 'Asia/Jerusalem', ja: 'Asia/Tokyo', ko: 'Asia/Seoul',
};

export interface ZoneHints {
  timeZone?: string;
  url?: string;
  language?: string;
  text?: string;
}

function fromUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const host = new URL(url).hostname.toLowerCase();
    const tld = host.split('.').pop() ?? '';
    return BY_COUNTRY[tld];
  } catch {
    return undefined;
  }
}

function fromLanguage(language: string | undefined): string | undefined {
  if (!language) return undefined;
  const [lang = '', region = ''] = language.toLowerCase().split(/[-_]/);
  if (region && BY_COUNTRY[region]) return BY_COUNTRY[region];
  return BY_LANGUAGE[lang];
}

function fromEnglishText(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const count = (re: RegExp): number => text.match(re)?.length ?? 0;
  const british = count(/£\s?\d/g) * 2 + count(/\b(UK|Britain|British|England|Scotland|Wales|London)\b/g);
  const american = count(/\$\s?\d/g) * 2 + count(/\b(U\.S\.|USA|Americans?|Washington)\b/g);
  return british >= 3 && british >= 2 * american ? 'Europe/London' : undefined;
}

/** See the rule above; returns the zone and where it came from, for the draft's warnings. */
export function guessTimeZone(hints: ZoneHints): { timeZone: string; basis: string } | undefined {
  if (hints.timeZone) return { timeZone: hints.timeZone, basis: 'caller' };
  const byUrl = fromUrl(hints.url);
  if (byUrl) return { timeZone: byUrl, basis: 'url domain' };
  const byLanguage = fromLanguage(hints.language);
  if (byLanguage) return { timeZone: byLanguage, basis: 'language' };
  const lang = hints.language?.toLowerCase().split(/[-_]/)[0];
  if (!lang || lang === 'en') {
    const byText = fromEnglishText(hints.text);
    if (byText) return { timeZone: byText, basis: 'text clues' };
  }
  return undefined;
}
