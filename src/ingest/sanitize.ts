import sanitizeHtml from 'sanitize-html';
import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';
import { BlockText } from './parse/block-text.js';
import { type HtmlHandlers, scanSimpleHtml } from './parse/html-fast-scan.js';

/*
 * One HTML policy for everything that reaches clients (feed summaries and content, article bodies).
 * An allow-list: no script/style/iframe/form, no event handlers, no `style` attribute (CSS tricks),
 * only http(s)/mailto URLs (no `javascript:`/`data:`/`vbscript:`). Relative URLs are resolved against
 * `baseUrl` so the HTML still works once it is served from somewhere else.
 *
 * The policy is applied by a single htmlparser2 pass written for it (sanitize-html is several times
 * slower and feeds carry an HTML field per item). It reproduces sanitize-html's output for this policy
 * exactly (tests/ingest/parse/sanitize-equivalence.test.ts compares both on the corpus); the rare
 * `srcset` attribute is still handed to sanitize-html, whose srcset parser we do not duplicate.
 */

const ALLOWED_TAGS = new Set([
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'dfn', 'div', 'dl', 'dt',
  'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li',
  'mark', 'ol', 'p', 'picture', 'pre', 'q', 's', 'small', 'source', 'span', 'strong', 'sub', 'sup',
  'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul',
]);
const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'title', 'hreflang', 'rel'],
  img: ['src', 'alt', 'title', 'width', 'height', 'srcset'],
  source: ['srcset', 'type', 'media'],
  time: ['datetime'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  blockquote: ['cite'],
  q: ['cite'],
  '*': ['lang', 'dir'],
};
const ALLOWED_SCHEMES = ['http', 'https', 'mailto'];
const ALLOWED_SCHEMES_BY_TAG: Record<string, string[]> = { img: ['http', 'https'] };
const NON_TEXT_TAGS = ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'iframe', 'object', 'embed'];
/** Tags written `<x />` with no end tag (sanitize-html's selfClosing list). */
const SELF_CLOSING = new Set(['img', 'br', 'hr', 'area', 'base', 'basefont', 'input', 'link', 'meta']);
/** Attributes whose value is a URL and must use an allowed scheme. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite', 'action', 'formaction', 'data', 'xlink:href', 'poster', 'background', 'ping', 'longdesc', 'usemap', 'codebase', 'classid', 'archive', 'profile', 'manifest', 'itemid', 'dynsrc', 'lowsrc']);
const LINK_REL = 'noopener noreferrer nofollow';

function resolver(baseUrl: string | undefined): (value: string | undefined) => string | undefined {
  const origin = baseUrl ? plainOrigin(baseUrl) : undefined;
  return (value) => {
    if (value === undefined) return undefined;
    const trimmed = value.trim();
    if (!baseUrl) return trimmed;
    const fast = origin !== undefined ? resolvePlainUrl(trimmed, origin) : undefined;
    if (fast !== undefined) return fast;
    try {
      return new URL(trimmed, baseUrl).href;
    } catch {
      return trimmed;
    }
  };
}

/** Path characters that the URL parser keeps as they are (no percent-encoding, no dot segments among them). */
function isPlainPathChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f || c === 0x7e || c === 0x2e || c === 0x2f;
}

const PLAIN_ABSOLUTE = /^https?:\/\/(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(?=\/|$)/;

/**
 * `scheme://host` of an http(s) base whose href starts that way verbatim (no credentials, port or
 * unusual host), else undefined: the prefix a root-relative path is appended to.
 */
function plainOrigin(baseUrl: string): string | undefined {
  const m = PLAIN_ABSOLUTE.exec(baseUrl);
  if (!m || m[0].includes('xn--')) return undefined;
  return m[0];
}

/**
 * Resolution without the URL parser for the two shapes feed HTML is made of: a root-relative path and
 * an absolute http(s) URL, both of plain characters with no dot segments. Gives exactly what
 * `new URL(value, base).href` gives for them; undefined for anything else (the URL parser decides).
 */
function resolvePlainUrl(value: string, origin: string): string | undefined {
  let path: string;
  let prefix: string;
  if (value.charCodeAt(0) === 0x2f && value.charCodeAt(1) !== 0x2f && value.charCodeAt(1) !== 0x5c) {
    prefix = origin;
    path = value;
  } else if (value.charCodeAt(0) === 0x68) {
    const m = PLAIN_ABSOLUTE.exec(value);
    if (!m || m[0].includes('xn--')) return undefined;
    prefix = m[0];
    path = value.slice(prefix.length);
    if (path === '') return value + '/';
  } else return undefined;
  const n = path.length;
  for (let i = 0; i < n; i++) {
    const c = path.charCodeAt(i);
    if (!isPlainPathChar(c)) return undefined;
    // `.` or `..` as a whole segment is resolved away by the parser
    if (c === 0x2e && path.charCodeAt(i - 1) === 0x2f) {
      const next = path.charCodeAt(i + 1);
      if (i + 1 === n || next === 0x2f || (next === 0x2e && (i + 2 === n || path.charCodeAt(i + 2) === 0x2f))) return undefined;
    }
  }
  return prefix + path;
}

/** Same decision as sanitize-html (launder): strip ignorable characters and comments, then check the scheme. */
function naughtyUrl(tag: string, href: string): boolean {
  if (isPlainHttpUrl(href)) return false;
  let cleaned = href.replace(/[\x00-\x20]+/g, '');
  for (;;) {
    const first = cleaned.indexOf('<!--');
    if (first === -1) break;
    const last = cleaned.indexOf('-->', first + 4);
    if (last === -1) break;
    cleaned = cleaned.substring(0, first) + cleaned.substring(last + 3);
  }
  const scheme = /^([a-zA-Z][a-zA-Z0-9.\-+]*):/.exec(cleaned);
  if (!scheme) return /^[/\\]{2}/.test(cleaned);
  return !(ALLOWED_SCHEMES_BY_TAG[tag] ?? ALLOWED_SCHEMES).includes((scheme[1] ?? '').toLowerCase());
}

/** `http://` or `https://` followed by no control, space or `<` character: allowed for every tag as it is. */
function isPlainHttpUrl(href: string): boolean {
  const start = href.startsWith('https://') ? 8 : href.startsWith('http://') ? 7 : -1;
  if (start === -1) return false;
  for (let i = start; i < href.length; i++) {
    const c = href.charCodeAt(i);
    if (c <= 0x20 || c === 0x3c) return false;
  }
  return true;
}

const ESCAPABLE = /[&<>]/;

function escapeText(s: string): string {
  if (!ESCAPABLE.test(s)) return s;
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const ATTRIBUTE_ESCAPABLE = /[&<>"]/;

function escapeAttribute(s: string): string {
  if (!ATTRIBUTE_ESCAPABLE.test(s)) return s;
  return escapeText(s).replace(/"/g, '&quot;');
}

const TEXT_BREAK_TAGS = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'tr', 'figure', 'figcaption', 'pre', 'table', 'ul', 'ol', 'dl', 'dd', 'dt']);

interface PolicyResult {
  html: string;
  /** Plain text in block form (htmlToText's convention). */
  text: string;
}

/** State of the one policy pass in progress (the parser is built once and reused: it is synchronous). */
interface PolicyState {
  resolve: (value: string | undefined) => string | undefined;
  out: string;
  /** Plain text, collected only when the caller wants it. */
  text: BlockText | undefined;
  /** Open elements: tag names and whether each was dropped (two arrays, no object per tag). */
  tags: string[];
  skips: boolean[];
  skipText: boolean;
  skipTextDepth: number;
  needsLibrary: boolean;
  /**
   * Copy on change: the fast scanner tells where each token is in `src`; a token whose output is its
   * source as written only extends the verbatim range [copyFrom, copyTo), which is sliced out in one
   * piece when something else must be written (fewer, larger strings than token-by-token appends).
   */
  src: string;
  copyFrom: number;
  copyTo: number;
}

function newPolicyState(resolve: PolicyState['resolve'], wantText: boolean, src: string): PolicyState {
  return { resolve, out: '', text: wantText ? new BlockText() : undefined, tags: [], skips: [], skipText: false, skipTextDepth: 0, needsLibrary: false, src, copyFrom: 0, copyTo: 0 };
}

function flushVerbatim(st: PolicyState): void {
  if (st.copyTo > st.copyFrom) st.out += st.src.slice(st.copyFrom, st.copyTo);
  st.copyFrom = st.copyTo;
}

/** Output that is not a copy of the source at this point. */
function emit(st: PolicyState, piece: string): void {
  if (st.copyTo > st.copyFrom) flushVerbatim(st);
  st.out += piece;
}

/** `piece` is the output for the token at [start, end) of the source: kept as a range when identical. */
function emitToken(st: PolicyState, piece: string, start: number | undefined, end: number | undefined): void {
  if (start === undefined || end === undefined || end - start !== piece.length || !st.src.startsWith(piece, start)) {
    emit(st, piece);
    return;
  }
  keepSource(st, start, end);
}

/** The source at [start, end) is its own output. */
function keepSource(st: PolicyState, start: number, end: number): void {
  if (start !== st.copyTo) {
    flushVerbatim(st);
    st.copyFrom = start;
  }
  st.copyTo = end;
}

const GLOBAL_ATTRIBUTES = ALLOWED_ATTRIBUTES['*'] ?? [];

/** `<p>`, `<br />`, `</p>` of each allowed tag, made once (most tags are written without attributes). */
const MARKUP = new Map([...ALLOWED_TAGS].map((tag) => [tag, { open: `<${tag}>`, selfClosing: `<${tag} />`, close: `</${tag}>` }]));

function markup(tag: string): { open: string; selfClosing: string; close: string } {
  return MARKUP.get(tag) ?? { open: `<${tag}>`, selfClosing: `<${tag} />`, close: `</${tag}>` };
}
let policy: PolicyState = newPolicyState(resolver(undefined), false, '');

const policyHandlers: HtmlHandlers = {
  onopentag(name, attribs, _isImplied, start, end) {
    const st = policy;
    if (st.skipText) {
      st.skipTextDepth++;
      return;
    }
    const allowed = ALLOWED_TAGS.has(name);
    st.tags.push(name);
    st.skips.push(!allowed);
    if (!allowed) {
      if (NON_TEXT_TAGS.includes(name)) {
        st.skipText = true;
        st.skipTextDepth = 1;
      }
      return;
    }
    // the transforms: links get an absolute href and rel; images an absolute src (key order kept)
    if (name === 'a') {
      const href = st.resolve(attribs.href);
      if (href) attribs.href = href;
      attribs.rel = LINK_REL;
    } else if (name === 'img') {
      const src = st.resolve(attribs.src);
      if (src) attribs.src = src;
    }
    let out = '';
    const tagAttributes = ALLOWED_ATTRIBUTES[name];
    for (const a in attribs) {
      const value = attribs[a] ?? '';
      // (every allowed name is a valid attribute name, so passing this check is enough)
      if (!(tagAttributes?.includes(a) || GLOBAL_ATTRIBUTES.includes(a))) continue;
      if (value === '' && a !== 'alt') continue; // every allowed attribute is non-boolean
      if (URL_ATTRIBUTES.has(a) && naughtyUrl(name, value)) continue;
      if (a === 'srcset') st.needsLibrary = true;
      out += value === '' ? ' ' + a + '=""' : ' ' + a + '="' + escapeAttribute(value) + '"';
    }
    emitToken(st, out === '' ? (SELF_CLOSING.has(name) ? markup(name).selfClosing : markup(name).open) : '<' + name + out + (SELF_CLOSING.has(name) ? ' />' : '>'), start, end);
    if (name === 'br') st.text?.blockBreak();
  },
  ontext(data, start, end) {
    const st = policy;
    if (st.skipText) return;
    // no entity in the source (decoding would have shortened it; an unknown `&name;` stays and is caught
    // by the `&` test), no `<` (text ends at one), no `>`: nothing to escape, the source is the output
    if (start !== undefined && end !== undefined && end - start === data.length && data.indexOf('>') === -1 && data.indexOf('&') === -1) keepSource(st, start, end);
    else emit(st, escapeText(data));
    st.text?.add(data);
  },
  onclosetag(name, isImplied, start, end) {
    const st = policy;
    if (st.skipText) {
      st.skipTextDepth--;
      if (st.skipTextDepth !== 0) return;
      st.skipText = false;
    }
    const last = st.tags.length - 1;
    if (last < 0 || st.tags[last] !== name) return;
    const skip = st.skips[last];
    st.tags.pop();
    st.skips.pop();
    if (!isImplied && st.text && TEXT_BREAK_TAGS.has(name)) st.text.blockBreak();
    if (skip || SELF_CLOSING.has(name)) return;
    emitToken(st, markup(name).close, isImplied ? undefined : start, end);
  },
};
const policyParser = new Parser(policyHandlers, { decodeEntities: true });

/** The policy pass. Returns undefined when the fragment needs sanitize-html itself (srcset). */
function applyPolicy(html: string, baseUrl: string | undefined, wantText: boolean): PolicyResult | undefined {
  const resolve = resolver(baseUrl);
  let state = newPolicyState(resolve, wantText, html);
  policy = state;
  // plain well-formed fragments (most feed HTML) skip htmlparser2's character-by-character tokenizer
  if (!scanSimpleHtml(html, policyHandlers)) {
    state = newPolicyState(resolve, wantText, html);
    policy = state;
    policyParser.parseComplete(html);
  }
  flushVerbatim(state);
  return state.needsLibrary ? undefined : { html: state.out, text: state.text?.text() ?? '' };
}

function sanitizeWithLibrary(html: string, baseUrl?: string): string {
  const resolve = resolver(baseUrl);
  return sanitizeHtml(html, {
    allowedTags: [...ALLOWED_TAGS],
    allowedAttributes: ALLOWED_ATTRIBUTES,
    allowedSchemes: ALLOWED_SCHEMES,
    allowedSchemesByTag: ALLOWED_SCHEMES_BY_TAG,
    allowProtocolRelative: false,
    disallowedTagsMode: 'discard',
    nonTextTags: NON_TEXT_TAGS,
    transformTags: {
      a: (tagName, attribs) => {
        const href = resolve(attribs.href);
        return { tagName, attribs: { ...attribs, ...(href ? { href } : {}), rel: LINK_REL } };
      },
      img: (tagName, attribs) => {
        const src = resolve(attribs.src);
        return { tagName, attribs: { ...attribs, ...(src ? { src } : {}) } };
      },
    },
  });
}

/** See the policy above. */
export function sanitizeHtmlFragment(html: string, baseUrl?: string): string {
  return (applyPolicy(html, baseUrl, false)?.html ?? sanitizeWithLibrary(html, baseUrl)).trim();
}

/**
 * Sanitized HTML and its plain text from one pass (feeds need both for every summary). The text is
 * that of the sanitized HTML: content of dropped elements such as iframes is not in it.
 */
export function sanitizeHtmlWithText(html: string, baseUrl?: string): { html: string; text: string } {
  const result = applyPolicy(html, baseUrl, true);
  if (!result) {
    const safe = sanitizeWithLibrary(html, baseUrl).trim();
    return { html: safe, text: htmlToText(safe) };
  }
  return { html: result.html.trim(), text: result.text };
}

/**
 * Blocks (separated by 2+ newlines) with whitespace runs collapsed to one space, trimmed, empty blocks
 * dropped, joined by a blank line: `text.split(/\n{2,}/).map(collapse).filter(nonEmpty).join('\n\n')`
 * in one pass (it runs on every summary of every feed).
 */
function normalizeBlocks(text: string): string {
  const blocks = new BlockText();
  blocks.add(text);
  return blocks.text();
}


/** Elements whose content is never displayed as text (iframe/noembed content is raw fallback markup). */
const TEXT_SKIP_TAGS = new Set(['script', 'style', 'textarea', 'noscript', 'template', 'iframe', 'noembed', 'noframes']);

/** Plain text of an HTML fragment: tags dropped, entities decoded, blocks separated by blank lines, spaces collapsed. */
export function htmlToText(html: string): string {
  if (html.indexOf('<') === -1) return normalizeBlocks(html.indexOf('&') === -1 ? html : decodeHTML(html));
  let text = '';
  let skipDepth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (skipDepth > 0 || TEXT_SKIP_TAGS.has(name)) skipDepth++;
        else if (name === 'br') text += '\n\n';
      },
      ontext(data) {
        if (skipDepth === 0) text += data;
      },
      onclosetag(name, isImplied) {
        if (skipDepth > 0) skipDepth--;
        else if (!isImplied && TEXT_BREAK_TAGS.has(name)) text += '\n\n';
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return normalizeBlocks(text);
}
