import { htmlToText, sanitizeHtmlFragment } from '../sanitize.js';
import { attr, child, escapeText, hasElementChildren, innerMarkup, textContent } from './xml-query.js';
import type { XmlElement } from './xml-document.js';
import { NS } from './namespaces.js';

/** A title/summary/content value and how to read it: `text` is literal text, `html` is markup. */
export interface TextConstruct {
  kind: 'text' | 'html';
  value: string;
  /** The value's own xml:base (links inside it resolve against this). */
  base: string | undefined;
  language: string | undefined;
  /** The declared type as written (Atom `type`), for diagnostics and adapters. */
  declaredType?: string;
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
  const type = (attr(el, 'type') ?? 'text').trim().toLowerCase();
  const mode = (attr(el, 'mode') ?? '').trim().toLowerCase();
  const base = el.base;
  const language = el.lang;
  const declared = { base, language, declaredType: type };
  if (mode === 'base64') {
    const decoded = Buffer.from(textContent(el).replace(/\s+/g, ''), 'base64').toString('utf8');
    return { kind: type.includes('html') ? 'html' : 'text', value: decoded, ...declared };
  }
  if (type === 'xhtml' || type === 'application/xhtml+xml' || mode === 'xml' || (hasElementChildren(el) && type !== 'html' && type !== 'text/html')) {
    const div = child(el, 'div', [NS.xhtml, NS.none]);
    const onlyDiv = div && el.children.every((n) => n === div || (typeof n === 'string' && n.trim() === ''));
    return { kind: 'html', value: (onlyDiv ? innerMarkup(div) : innerMarkup(el)).trim(), ...declared };
  }
  if (type === 'html' || type === 'text/html') {
    return { kind: 'html', value: hasElementChildren(el) ? innerMarkup(el) : textContent(el), ...declared };
  }
  if (type === 'text' || type === 'text/plain' || type.startsWith('text/')) {
    return { kind: 'text', value: textContent(el), ...declared };
  }
  if (type.endsWith('+xml') || type.endsWith('/xml')) return { kind: 'text', value: innerMarkup(el), ...declared };
  return undefined;
}

/**
 * RSS has no type attribute: descriptions are HTML by convention (escaped or, in sloppy feeds, raw
 * child elements); titles are text unless they contain markup or entity references.
 */
export function rssTextConstruct(el: XmlElement, convention: 'html' | 'auto'): TextConstruct {
  const raw = hasElementChildren(el) ? innerMarkup(el) : textContent(el);
  const kind = convention === 'html' || hasElementChildren(el) || looksLikeHtml(raw) ? 'html' : 'text';
  return { kind, value: raw, base: el.base, language: el.lang };
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

export function plainText(tc: TextConstruct): string {
  if (tc.kind === 'text' || !looksLikeHtml(tc.value)) return normalizeText(tc.value);
  return htmlToText(tc.value);
}

/** Sanitized HTML for a construct, or undefined when it has no markup (its plain text says it all). */
export function safeHtml(tc: TextConstruct): string | undefined {
  if (tc.kind === 'text') return undefined;
  if (!looksLikeHtml(tc.value)) return undefined;
  const html = sanitizeHtmlFragment(tc.value, tc.base);
  return html === '' ? undefined : html;
}

/** Sanitized HTML for content, which always gets an HTML form (text content is escaped). */
export function contentHtml(tc: TextConstruct): string | undefined {
  if (tc.kind === 'text' || !looksLikeHtml(tc.value)) {
    const text = tc.value.trim();
    return text === '' ? undefined : escapeText(text);
  }
  const html = sanitizeHtmlFragment(tc.value, tc.base);
  return html === '' ? undefined : html;
}
