import { decodeHTML } from 'entities';

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&(#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)?/g;

export type EntityWarning = (message: string, offsetInText: number) => void;

/**
 * Decodes XML character and entity references. Feeds are often written by hand or by HTML templates, so
 * HTML named entities (`&nbsp;`, `&eacute;`) are decoded too, with a warning (they are undefined in XML
 * without a DTD); an `&` that starts no reference is kept as a literal `&`, with a warning.
 */
export function decodeXmlEntities(raw: string, warn?: EntityWarning): string {
  let amp = raw.indexOf('&');
  if (amp === -1) return raw;
  // the five XML entities (all of escaped HTML) are read in place; anything else goes through REFERENCE
  let out = '';
  let last = 0;
  while (amp !== -1) {
    let replacement: string;
    let length: number;
    if (raw.startsWith('lt;', amp + 1)) {
      replacement = '<';
      length = 4;
    } else if (raw.startsWith('gt;', amp + 1)) {
      replacement = '>';
      length = 4;
    } else if (raw.startsWith('amp;', amp + 1)) {
      replacement = '&';
      length = 5;
    } else if (raw.startsWith('quot;', amp + 1)) {
      replacement = '"';
      length = 6;
    } else {
      REFERENCE.lastIndex = amp;
      const match = REFERENCE.exec(raw) as RegExpExecArray;
      replacement = decodeReference(match[0], match[1], amp, warn);
      length = match[0].length;
    }
    out += amp > last ? raw.slice(last, amp) + replacement : replacement;
    last = amp + length;
    amp = raw.indexOf('&', last);
  }
  return last < raw.length ? out + raw.slice(last) : out;
}

/** One reference found by REFERENCE (`ref` undefined for a bare `&`) → its text, warning about what XML does not define. */
function decodeReference(match: string, ref: string | undefined, offset: number, warn: EntityWarning | undefined): string {
  if (ref === undefined) {
    warn?.('bare "&" not starting an entity reference (kept as text)', offset);
    return '&';
  }
  const name = ref.slice(0, -1);
  if (name.startsWith('#')) {
    if (name[1] === 'X') warn?.(`character reference ${match} uses an upper-case X (XML requires &#x)`, offset);
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (!isXmlChar(code)) {
      warn?.(`character reference ${match} is not a valid XML character (replaced)`, offset);
      return '\uFFFD';
    }
    // HTML5 rule, as browsers do: 0x80–0x9F are windows-1252 code points written by cp1252 tools.
    if (code >= 0x80 && code <= 0x9f) return decodeHTML(match);
    return String.fromCodePoint(code);
  }
  const xml = XML_ENTITIES[name];
  if (xml !== undefined) return xml;
  const html = decodeHTML(match);
  if (html !== match) {
    warn?.(`HTML entity ${match} is not defined in XML (decoded as HTML)`, offset);
    return html;
  }
  warn?.(`undefined entity ${match} (kept as text)`, offset);
  return match;
}

function isXmlChar(code: number): boolean {
  if (!Number.isFinite(code)) return false;
  if (code === 0x9 || code === 0xa || code === 0xd) return true;
  if (code < 0x20) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return code <= 0x10ffff && code !== 0xfffe && code !== 0xffff;
}
