import { decodeHTML, decodeHTMLAttribute } from 'entities';

/**
 * The callbacks htmlparser2's Parser would make (same names, same arguments). The fast scanner also
 * passes where the token is in the source ([start, end)); htmlparser2 does not, and implied tags have none.
 */
export interface HtmlHandlers {
  onopentag(name: string, attribs: Record<string, string>, isImplied: boolean, start?: number, end?: number): void;
  ontext(data: string, start?: number, end?: number): void;
  onclosetag(name: string, isImplied: boolean, start?: number, end?: number): void;
}

/**
 * Tags the fast scanner knows, each with the open tags it implicitly closes, copied from htmlparser2's
 * `openImpliesClose` so that both give the same events. Any other tag sends the fragment to htmlparser2.
 */
const P = ['p'];
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p'];
const KNOWN_TAGS = new Map<string, readonly string[]>([
  ['a', ['a']], ['li', ['li']], ['p', P], ['tr', ['tr', 'th', 'td']], ['th', ['th']], ['td', ['thead', 'th', 'td']],
  ['h1', HEADINGS], ['h2', HEADINGS], ['h3', HEADINGS], ['h4', HEADINGS], ['h5', HEADINGS], ['h6', HEADINGS],
  ['dd', ['dd', 'dt']], ['dt', ['dd', 'dt']], ['tbody', ['thead', 'tbody']], ['tfoot', ['thead', 'tbody']],
  ['address', P], ['article', P], ['aside', P], ['blockquote', P], ['div', P], ['dl', P], ['figcaption', P], ['figure', P],
  ['footer', P], ['header', P], ['hr', P], ['main', P], ['nav', P], ['ol', P], ['pre', P], ['section', P], ['table', P], ['ul', P],
  ['abbr', []], ['b', []], ['big', []], ['br', []], ['caption', []], ['center', []], ['cite', []], ['code', []], ['del', []], ['dfn', []],
  ['em', []], ['font', []], ['i', []], ['img', []], ['ins', []], ['kbd', []], ['mark', []], ['picture', []], ['q', []], ['s', []],
  ['samp', []], ['small', []], ['source', []], ['span', []], ['strike', []], ['strong', []], ['sub', []], ['sup', []], ['thead', []],
  ['time', []], ['tt', []], ['u', []], ['var', []], ['wbr', []],
]);
const VOID = new Set(['br', 'img', 'hr', 'source', 'wbr']);
interface TagInfo {
  name: string;
  implies: readonly string[];
}

/** A number from a name's length and first and last letters (case-folded), to find it without making a string. */
function nameKey(s: string, start: number, end: number): number {
  return ((end - start) << 16) | ((s.charCodeAt(start) | 0x20) << 8) | (s.charCodeAt(end - 1) | 0x20);
}

const TAGS_BY_KEY = new Map<number, TagInfo[]>();
for (const [name, implies] of KNOWN_TAGS) {
  const key = nameKey(name, 0, name.length);
  TAGS_BY_KEY.set(key, [...(TAGS_BY_KEY.get(key) ?? []), { name, implies }]);
}

/** The known tag written at [start, end) in any letter case, or undefined. */
function lookUpTag(s: string, start: number, end: number): TagInfo | undefined {
  const candidates = TAGS_BY_KEY.get(nameKey(s, start, end));
  if (!candidates) return undefined;
  for (const info of candidates) if (sameCaseFolded(s, start, info.name)) return info;
  return undefined;
}

/** `s` at `start` spells the lower-case ASCII `name`, letters in either case. */
function sameCaseFolded(s: string, start: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) {
    const c = s.charCodeAt(start + k);
    const want = name.charCodeAt(k);
    if (c !== want && !(want >= 0x61 && want <= 0x7a && c === want - 0x20)) return false;
  }
  return true;
}
const COMMON_ATTRIBUTES = ['href', 'src', 'alt', 'title', 'class', 'id', 'width', 'height', 'rel', 'target', 'style', 'lang', 'dir'];

const ATTRIBUTES_BY_KEY = new Map<number, string[]>();
for (const name of COMMON_ATTRIBUTES) {
  const key = nameKey(name, 0, name.length);
  ATTRIBUTES_BY_KEY.set(key, [...(ATTRIBUTES_BY_KEY.get(key) ?? []), name]);
}

/** A frequent attribute name written in lower case at [start, end), as a constant string (no new string). */
function commonAttribute(s: string, start: number, end: number): string | undefined {
  const candidates = ATTRIBUTES_BY_KEY.get(nameKey(s, start, end));
  if (!candidates) return undefined;
  for (const name of candidates) if (s.startsWith(name, start)) return name;
  return undefined;
}
const BAIL: unique symbol = Symbol('not simple HTML');
const ENTITY = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/y;

/**
 * Reads an HTML fragment made only of known tags, quoted or plain attributes, comments and complete
 * entity references, making exactly the calls htmlparser2 makes for it, without its per-character state
 * machine. Returns false when the fragment has anything else: calls may already have been made, so the
 * caller discards what they built and reads the fragment with htmlparser2.
 */
export function scanSimpleHtml(html: string, handlers: HtmlHandlers): boolean {
  if (!looksSimple(html)) return false;
  try {
    scan(html, handlers);
  } catch (error) {
    if (error === BAIL) return false;
    throw error;
  }
  return true;
}

function scan(s: string, handlers: HtmlHandlers): void {
  const stack: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    const lt = s.indexOf('<', i);
    const end = lt === -1 ? n : lt;
    if (end > i) {
      const raw = s.slice(i, end);
      const data = raw.indexOf('&') === -1 ? raw : decodeHTML(raw);
      handlers.ontext(data, i, end);
    }
    if (lt === -1) break;
    const c = s.charCodeAt(lt + 1);
    if (c === 0x21) {
      if (!s.startsWith('<!--', lt) || s.charCodeAt(lt + 4) === 0x3e || s.startsWith('->', lt + 4)) throw BAIL;
      const close = s.indexOf('-->', lt + 4);
      if (close === -1) throw BAIL;
      i = close + 3;
    } else if (c === 0x2f) {
      const gt = s.indexOf('>', lt + 2);
      if (gt === -1) throw BAIL;
      // the usual case, `</top>` closing the innermost element, is recognised without making a string
      const top = stack[stack.length - 1];
      const name = top !== undefined && gt === lt + 2 + top.length && s.startsWith(top, lt + 2) ? top : s.slice(lt + 2, gt).trimEnd().toLowerCase();
      if (!KNOWN_TAGS.has(name)) throw BAIL;
      if (VOID.has(name)) {
        if (name === 'br') {
          handlers.onopentag('br', {}, true);
          handlers.onclosetag('br', false);
        }
      } else {
        const pos = stack.lastIndexOf(name);
        if (pos === -1) {
          if (name === 'p') throw BAIL;
        } else {
          while (stack.length - 1 > pos) handlers.onclosetag(stack.pop() as string, true);
          stack.pop();
          handlers.onclosetag(name, false, lt, gt + 1);
        }
      }
      i = gt + 1;
    } else if (isLetter(c)) {
      i = scanOpenTag(s, lt, stack, handlers);
    } else throw BAIL;
  }
  for (let k = stack.length - 1; k >= 0; k--) handlers.onclosetag(stack[k] as string, true);
}

function scanOpenTag(s: string, lt: number, stack: string[], handlers: HtmlHandlers): number {
  let j = lt + 1;
  while (isLetter(s.charCodeAt(j)) || isDigit(s.charCodeAt(j))) j++;
  const known = lookUpTag(s, lt + 1, j);
  if (!known) throw BAIL;
  // the table's own string: handlers compare and look it up by identity, not character by character
  const { name, implies } = known;
  const attribs: Record<string, string> = {};
  for (;;) {
    const before = j;
    while (isSpace(s.charCodeAt(j))) j++;
    const ch = s.charCodeAt(j);
    if (ch === 0x3e || (ch === 0x2f && s.charCodeAt(j + 1) === 0x3e)) {
      for (let top = stack[stack.length - 1]; top !== undefined && implies.includes(top); top = stack[stack.length - 1]) handlers.onclosetag(stack.pop() as string, true);
      const tagEnd = j + (ch === 0x3e ? 1 : 2);
      handlers.onopentag(name, attribs, false, lt, tagEnd);
      if (VOID.has(name)) handlers.onclosetag(name, true);
      else stack.push(name);
      return tagEnd;
    }
    if (j === before || !isAttributeNameChar(ch)) throw BAIL;
    const nameStart = j;
    while (isAttributeNameChar(s.charCodeAt(j))) j++;
    const attribute = commonAttribute(s, nameStart, j) ?? s.slice(nameStart, j).toLowerCase();
    let value = '';
    let k = j;
    while (isSpace(s.charCodeAt(k))) k++;
    if (s.charCodeAt(k) === 0x3d) {
      k++;
      while (isSpace(s.charCodeAt(k))) k++;
      const quote = s.charCodeAt(k);
      let raw: string;
      if (quote === 0x22 || quote === 0x27) {
        const close = s.indexOf(quote === 0x22 ? '"' : "'", k + 1);
        if (close === -1) throw BAIL;
        raw = s.slice(k + 1, close);
        j = close + 1;
        const next = s.charCodeAt(j);
        if (!isSpace(next) && next !== 0x3e && next !== 0x2f) throw BAIL;
      } else {
        let e = k;
        while (e < s.length && !isSpace(s.charCodeAt(e)) && s.charCodeAt(e) !== 0x3e) e++;
        raw = s.slice(k, e);
        if (raw === '' || /["'<=`/]/.test(raw)) throw BAIL;
        j = e;
      }
      if (raw.indexOf('&') !== -1) {
        checkEntities(raw);
        value = decodeHTMLAttribute(raw);
      } else value = raw;
    }
    if (!Object.prototype.hasOwnProperty.call(attribs, attribute)) attribs[attribute] = value;
  }
}

/** Cheap pre-check: entity references must be complete (`&name;`), so legacy decoding rules never matter. */
function looksSimple(html: string): boolean {
  for (let i = html.indexOf('&'); i !== -1; i = html.indexOf('&', i + 1)) {
    ENTITY.lastIndex = i;
    if (!ENTITY.test(html)) return false;
  }
  return true;
}

function checkEntities(raw: string): void {
  if (!looksSimple(raw)) throw BAIL;
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c;
}

function isAttributeNameChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 0x2d || c === 0x5f || c === 0x3a || c === 0x2e;
}
