import { FeedParseError } from './feed-parse-error.js';
import { SourcePosition } from './source-position.js';
import { NOT_SIMPLE, scanWellFormed } from './xml-fast-scan.js';
import { TreeBuilder } from './xml-tree-builder.js';
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
  /** The default namespace in effect on the root element (tells RSS 0.90 from 1.0 when the RDF is empty). */
  defaultNamespace?: string;
  warnings: ParseWarning[];
  position: SourcePosition;
}

export interface XmlParseOptions {
  baseUrl?: string;
  /** Document language (HTTP Content-Language) until an xml:lang says otherwise. */
  language?: string;
  /** Called with the root element as soon as it opens, so a caller can reject a non-feed without parsing all of it. */
  onRoot?: (root: XmlElement, doctype: string | undefined) => void;
  /**
   * Called as each element ends, with its parent. Returning true takes the element out of the tree (the
   * caller has read it): a feed's items are converted as they end, so their subtrees die young instead
   * of all living until the document is read.
   */
  onElementEnd?: (element: XmlElement, parent: XmlElement) => boolean;
  /** Called when the document is read again by the recovering tokenizer: what was taken must be dropped. */
  onRestart?: () => void;
}

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

  let defaultNamespace: string | undefined;
  const attempt = (fast: boolean): XmlElement => {
    const builder = new TreeBuilder(text, options, prolog.doctype, position, warn);
    if (fast) scanWellFormed(text, prolog.rootStart, builder);
    else builder.parseWithRecovery(prolog.rootStart);
    if (!builder.root) throw new FeedParseError('NOT_A_FEED', 'no XML root element found');
    defaultNamespace = builder.rootDefaultNamespace;
    return builder.root;
  };
  let root: XmlElement;
  try {
    root = attempt(true);
  } catch (error) {
    if (error !== NOT_SIMPLE) throw error;
    // the fast scanner only reads well-formed XML; anything else is read again by the recovering tokenizer
    warnings.length = 0;
    seenWarnings.clear();
    options.onRestart?.();
    if (prolog.strayText !== undefined) warn(`text before the root element: "${prolog.strayText.slice(0, 30)}"`, prolog.rootStart);
    root = attempt(false);
  }
  const end = text.trimEnd();
  if (!end.endsWith('>')) warn('input does not end with a complete tag (truncated end tag?)', end.length - 1);
  return { root, ...(prolog.doctype !== undefined ? { doctype: prolog.doctype } : {}), ...(defaultNamespace ? { defaultNamespace } : {}), warnings, position };
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
