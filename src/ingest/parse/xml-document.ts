import { Parser } from 'htmlparser2';
import { FeedParseError } from './feed-parse-error.js';
import { decodeXmlEntities } from './decode-xml-entities.js';
import { conventionalPrefix, namespaceKey, NS } from './namespaces.js';
import { resolveUrl } from './resolve-url.js';
import { SourcePosition } from './source-position.js';
import type { ParseWarning } from '../../domain/feed.js';

export interface XmlAttribute {
  ns: string;
  local: string;
  value: string;
}

export interface XmlElement {
  /** Qualified name as written (`dc:creator`). */
  qname: string;
  local: string;
  /** Namespace key from namespaces.ts (or the raw URI for unknown namespaces, '' for none). */
  ns: string;
  attributes: XmlAttribute[];
  children: XmlNode[];
  /** Offset of `<` in the decoded text. */
  start: number;
  /** xml:base in effect (already resolved against the parent's base and the document URL). */
  base: string | undefined;
  /** xml:lang in effect. */
  lang: string | undefined;
}

export type XmlNode = XmlElement | string;

export interface XmlDocument {
  root: XmlElement;
  /** The DOCTYPE declaration as written, if any (RSS 0.91 Netscape vs UserLand is told apart by it). */
  doctype?: string;
  warnings: ParseWarning[];
  position: SourcePosition;
}

export interface XmlParseOptions {
  baseUrl?: string;
  /** Document language (HTTP Content-Language) until an xml:lang says otherwise. */
  language?: string;
  /** Called with the root element as soon as it opens, so a caller can reject a non-feed without parsing all of it. */
  onRoot?: (root: XmlElement, doctype: string | undefined) => void;
}

const MAX_DEPTH = 256;
const MAX_WARNINGS = 50;

/**
 * Builds a small namespace-resolved element tree with htmlparser2's streaming XML tokenizer. Security:
 * htmlparser2 never expands DTD entities and we refuse any DOCTYPE whose internal subset declares
 * entities (billion laughs, XXE) before tokenizing; external entities are never fetched.
 * Recovery policy: an element left open but closed by an ancestor's end tag (`<br>` inside a description)
 * is a warning; input that ends with elements still open (a truncated feed) is MALFORMED_XML.
 */
export function parseXmlDocument(text: string, options: XmlParseOptions = {}): XmlDocument {
  const position = new SourcePosition(text);
  const warnings: ParseWarning[] = [];
  const seenWarnings = new Set<string>();
  const warn = (message: string, offset: number): void => {
    const key = message.replace(/&[^;\s]*;/, '&…;');
    if (seenWarnings.has(key) || warnings.length >= MAX_WARNINGS) return;
    seenWarnings.add(key);
    warnings.push({ message, ...position.at(offset) });
  };

  const prolog = scanProlog(text, position);
  if (prolog.strayText !== undefined) warn(`text before the root element: "${prolog.strayText.slice(0, 30)}"`, prolog.rootStart);

  const defaultScope = new Map<string, string>();
  const stack: XmlElement[] = [];
  const scopes: Map<string, string>[] = [];
  let root: XmlElement | undefined;
  let rootClosed = false;
  let inCdata = false;
  let offsetBase = prolog.rootStart;

  const parser = new Parser(
    {
      onopentag(qname, rawAttributes) {
        if (rootClosed) return;
        const start = parser.startIndex + offsetBase;
        const parent = stack[stack.length - 1];
        const parentScope = scopes[scopes.length - 1] ?? defaultScope;
        let scope = parentScope;
        const decoded: [string, string][] = [];
        for (const [name, raw] of Object.entries(rawAttributes)) {
          const value = decodeXmlEntities(raw, (m) => warn(m, start));
          decoded.push([name, value]);
          if (name === 'xmlns' || name.startsWith('xmlns:')) {
            if (scope === parentScope) scope = new Map(parentScope);
            scope.set(name === 'xmlns' ? '' : name.slice(6), value === '' ? '' : namespaceKey(value));
          }
        }
        const attributes: XmlAttribute[] = [];
        let base = parent ? parent.base : options.baseUrl;
        let lang = parent ? parent.lang : options.language;
        for (const [name, value] of decoded) {
          if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
          const colon = name.indexOf(':');
          const prefix = colon === -1 ? '' : name.slice(0, colon);
          const ns = colon === -1 ? '' : resolvePrefix(scope, prefix) ?? prefix;
          const local = colon === -1 ? name : name.slice(colon + 1);
          attributes.push({ ns, local, value });
          if (ns === NS.xml && local === 'base') base = resolveUrl(value, base);
          if (ns === NS.xml && local === 'lang') lang = value.trim().replace(/_/g, '-') || undefined;
        }
        const colon = qname.indexOf(':');
        const prefix = colon === -1 ? '' : qname.slice(0, colon);
        let ns = resolvePrefix(scope, prefix);
        if (ns === undefined) {
          warn(`undeclared namespace prefix "${prefix}:" on <${qname}>`, start);
          ns = prefix;
        }
        const element: XmlElement = { qname, local: colon === -1 ? qname : qname.slice(colon + 1), ns, attributes, children: [], start, base, lang };
        if (parent) parent.children.push(element);
        else {
          root = element;
          options.onRoot?.(element, prolog.doctype);
        }
        if (stack.length >= MAX_DEPTH) {
          throw new FeedParseError('MALFORMED_XML', `elements nested deeper than ${MAX_DEPTH} levels`, position.at(start));
        }
        stack.push(element);
        scopes.push(scope);
      },
      onclosetag(qname, isImplied) {
        if (rootClosed) return;
        const element = stack.pop();
        scopes.pop();
        if (!element) return;
        if (isImplied && parser.startIndex + offsetBase !== element.start) {
          if (parser.endIndex + offsetBase >= text.length - 1 && parser.startIndex + offsetBase >= text.length - 1) {
            // closed by the end of input: the document is truncated
            throw new FeedParseError('MALFORMED_XML', `unclosed <${qname}>`, position.at(element.start));
          }
          warn(`unclosed <${qname}> (closed by an ancestor's end tag)`, element.start);
        }
        if (stack.length === 0) rootClosed = true;
      },
      ontext(raw) {
        const parent = stack[stack.length - 1];
        if (!parent || rootClosed) {
          if (!inCdata && raw.trim() !== '' && rootClosed) warn('text after the root element', parser.startIndex + offsetBase);
          return;
        }
        const value = inCdata ? raw : decodeXmlEntities(raw, (m, at) => warn(m, parser.startIndex + offsetBase + at));
        const last = parent.children.length - 1;
        const previous = parent.children[last];
        if (typeof previous === 'string') parent.children[last] = previous + value;
        else parent.children.push(value);
      },
      oncdatastart() {
        inCdata = true;
      },
      oncdataend() {
        inCdata = false;
      },
    },
    { xmlMode: true, decodeEntities: false },
  );

  parser.write(prolog.rootStart === 0 ? text : text.slice(prolog.rootStart));
  parser.end();
  if (!root) {
    throw new FeedParseError('NOT_A_FEED', 'no XML root element found');
  }
  const end = text.trimEnd();
  if (!end.endsWith('>')) warn('input does not end with a complete tag (truncated end tag?)', end.length - 1);
  offsetBase = 0;
  return { root, ...(prolog.doctype !== undefined ? { doctype: prolog.doctype } : {}), warnings, position };
}

function resolvePrefix(scope: Map<string, string>, prefix: string): string | undefined {
  const bound = scope.get(prefix);
  if (bound !== undefined) return bound;
  if (prefix === '') return NS.none;
  return conventionalPrefix(prefix);
}

interface Prolog {
  rootStart: number;
  doctype?: string;
  strayText?: string;
}

/**
 * Walks the prolog (XML declaration, PIs, comments, DOCTYPE) by hand so the DOCTYPE's internal subset is
 * inspected before any tokenizing: entity declarations are refused outright.
 */
function scanProlog(text: string, position: SourcePosition): Prolog {
  let i = 0;
  let doctype: string | undefined;
  let strayText: string | undefined;
  const n = text.length;
  while (i < n) {
    const lt = text.indexOf('<', i);
    if (lt === -1) return { rootStart: n, ...(doctype !== undefined ? { doctype } : {}) };
    const between = text.slice(i, lt).trim();
    if (between !== '' && strayText === undefined) strayText = between.replace(/^\uFEFF/, '');
    if (strayText === '') strayText = undefined;
    if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt + 2);
      i = end === -1 ? n : end + 2;
    } else if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      i = end === -1 ? n : end + 3;
    } else if (text.slice(lt, lt + 9).toUpperCase() === '<!DOCTYPE') {
      const end = doctypeEnd(text, lt + 9);
      const declaration = text.slice(lt, end);
      const subsetStart = declaration.indexOf('[');
      if (subsetStart !== -1 && /<!ENTITY/i.test(declaration.slice(subsetStart))) {
        throw new FeedParseError('DOCTYPE_ENTITIES_REFUSED', 'the DOCTYPE declares entities (refused: entity expansion and external entities are a security risk)', position.at(lt));
      }
      doctype = declaration;
      i = end;
    } else {
      return { rootStart: lt, ...(doctype !== undefined ? { doctype } : {}), ...(strayText !== undefined ? { strayText } : {}) };
    }
  }
  return { rootStart: n, ...(doctype !== undefined ? { doctype } : {}) };
}

/** End offset of a DOCTYPE declaration: the first `>` outside quotes and outside an internal subset. */
function doctypeEnd(text: string, from: number): number {
  let quote = '';
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '>' && depth === 0) return i + 1;
  }
  return text.length;
}
