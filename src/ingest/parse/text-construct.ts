import { sanitizeHtmlFragment, sanitizeHtmlWithText } from '../sanitize.js';
import { attr, child, escapeText, hasElementChildren, innerMarkup, textContent } from './xml-query.js';
import type { XmlElement } from './xml-document.js';
import { NS } from './namespaces.js';
import type { TextDetail } from '../../domain/feed.js';

/** A title/summary/content value and how to read it: `text` is literal text, `html` is markup. */
export interface TextConstruct {
  kind: 'text' | 'html';
  value: string;
  /** The value's own xml:base (links inside it resolve against this). */
  base: string | undefined;
  language: string | undefined;
  /** True when the markup came as inline XHTML rather than escaped HTML. */
  xhtml?: boolean;
  /** The declared `type` when it says more than text/html/xhtml (see TextDetail.mediaType). */
  mediaType?: string;
}

/** A construct in its three forms: plain text, sanitized HTML (when it has markup) and source detail. */
export interface RenderedText {
  text: string;
  html: string | undefined;
  detail: TextDetail;
}

const MARKUP = /<[a-zA-Z!/]|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/;

/** True when a string contains tags or entity references, i.e. must be read as HTML to get its text. */
export function looksLikeHtml(value: string): boolean {
  return MARKUP.test(value);
}

/**
 * Atom text constructs (RFC 4287 §3.1) and their Atom 0.3 ancestors: `type` text|html|xhtml or a MIME
 * type, 0.3 `mode` escaped|xml|base64. XHTML content is the children of the wrapping xhtml:div.
 */
export function atomTextConstruct(el: XmlElement): TextConstruct | undefined {
  const type = (attr(el, 'type') ?? '').trim().toLowerCase() || 'text';
  const mode = (attr(el, 'mode') ?? '').trim().toLowerCase();
  const base = el.base;
  const language = el.lang;
  const declared = { base, language, ...declaredMediaType(el) };
  if (mode === 'base64') {
    const decoded = Buffer.from(textContent(el).replace(/\s+/g, ''), 'base64').toString('utf8');
    return { kind: type.includes('html') ? 'html' : 'text', value: decoded, ...declared };
  }
  if (type === 'xhtml' || type === 'application/xhtml+xml' || mode === 'xml' || (hasElementChildren(el) && type !== 'html' && type !== 'text/html')) {
    const div = child(el, 'div', [NS.xhtml, NS.none]);
    // Atom 1.0 wraps XHTML in a div that is not content (RFC 4287 §3.1.1.3); Atom 0.3 has no such wrapper
    const onlyDiv = (type === 'xhtml' || el.ns === NS.atom) && div && el.children.every((n) => n === div || (typeof n === 'string' && n.trim() === ''));
    return { kind: 'html', value: (onlyDiv ? innerMarkup(div) : innerMarkup(el)).trim(), xhtml: true, ...declared };
  }
  if (type === 'html' || type === 'text/html') {
    return { kind: 'html', value: hasElementChildren(el) ? innerMarkup(el) : textContent(el), ...declared };
  }
  if (type === 'text' || type === 'text/plain' || type.startsWith('text/')) {
    return { kind: 'text', value: textContent(el), ...declared };
  }
  if (type.endsWith('+xml') || type.endsWith('/xml')) return { kind: 'text', value: innerMarkup(el), ...declared };
  // RFC 4287 §4.1.3.3: any other media type is base64-encoded
  return { kind: 'text', value: Buffer.from(textContent(el).replace(/\s+/g, ''), 'base64').toString('utf8'), ...declared };
}

/**
 * RSS has no type attribute: descriptions are HTML by convention (escaped or, in sloppy feeds, raw
 * child elements); titles are text unless they contain markup or entity references.
 */
export function rssTextConstruct(el: XmlElement, convention: 'html' | 'auto'): TextConstruct {
  const raw = hasElementChildren(el) ? innerMarkup(el) : textContent(el);
  const kind = convention === 'html' || hasElementChildren(el) || looksLikeHtml(raw) ? 'html' : 'text';
  return { kind, value: raw, base: el.base, language: el.lang, ...declaredMediaType(el) };
}

/** The three types Atom names (and their MIME spellings) are already told by TextDetail.type. */
const PLAIN_TYPES = new Set(['', 'text', 'html', 'xhtml', 'text/plain', 'text/html', 'application/xhtml+xml']);

/** A `type` attribute worth keeping as written: one the text/html/xhtml kind does not already say. */
function declaredMediaType(el: XmlElement): { mediaType?: string } {
  const type = attr(el, 'type')?.trim();
  return type && !PLAIN_TYPES.has(type.toLowerCase()) ? { mediaType: type } : {};
}

/** Whitespace-normalised plain text: runs collapsed, paragraph breaks (blank lines) kept. */
export function normalizeText(value: string): string {
  if (!/\s\s|[\t\n\r]/.test(value)) return value.trim();
  return value
    .split(/\n[ \t\r]*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block !== '')
    .join('\n\n');
}

/** Content always gets an HTML form (literal text is escaped). */
export function renderContent(tc: TextConstruct): { html: string | undefined; detail: TextDetail } {
  const rendered = renderText(tc, false);
  if (rendered.html !== undefined) return { html: rendered.html, detail: rendered.detail };
  const text = tc.value.trim();
  return { html: text === '' ? undefined : escapeText(text), detail: rendered.detail };
}

/** A detail worth keeping: one with a value. */
export function keptDetail(r: { detail: TextDetail } | undefined): TextDetail | undefined {
  return r && r.detail.value !== '' ? r.detail : undefined;
}

/** Renders a construct once: sanitizing is the costly step, so text and detail reuse the sanitized HTML. */
export function renderText(tc: TextConstruct, withText = true): RenderedText {
  const markup = tc.kind === 'html' && looksLikeHtml(tc.value);
  const safe = markup ? (withText ? sanitizeHtmlWithText(tc.value, tc.base) : { html: sanitizeHtmlFragment(tc.value, tc.base), text: '' }) : undefined;
  const html = safe?.html || undefined;
  const text = safe ? safe.text : withText ? normalizeText(tc.value) : '';
  const detail: TextDetail = {
    type: tc.kind === 'text' ? 'text' : tc.xhtml ? 'xhtml' : 'html',
    value: markup ? (html ?? '') : tc.value.trim(),
    ...(tc.language ? { language: tc.language } : {}),
    ...(tc.base ? { base: tc.base } : {}),
    ...(tc.mediaType ? { mediaType: tc.mediaType } : {}),
  };
  return { text, html, detail };
}
