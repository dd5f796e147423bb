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
  if (raw.indexOf('&') === -1) return raw;
  return raw.replace(REFERENCE, (match: string, ref: string | undefined, offset: number) => {
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
  });
}

function isXmlChar(code: number): boolean {
  if (!Number.isFinite(code)) return false;
  if (code === 0x9 || code === 0xa || code === 0xd) return true;
  if (code < 0x20) return false;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return code <= 0x10ffff && code !== 0xfffe && code !== 0xffff;
}
