import { Parser } from 'htmlparser2';
import { FeedParseError } from './feed-parse-error.js';
import { decodeXmlEntities } from './decode-xml-entities.js';
import { conventionalPrefix, namespaceKey, NS } from './namespaces.js';
import { resolveUrl } from './resolve-url.js';
import type { SourcePosition } from './source-position.js';
import type { XmlAttribute, XmlElement, XmlParseOptions } from './xml-document.js';

const MAX_DEPTH = 256;
/** Shared by every element without attributes (most of a feed's elements): never written to. */
const NO_ATTRIBUTES: XmlAttribute[] = [];

/**
 * Turns tokenizer events into the namespace-resolved element tree. Both tokenizers drive it: the fast
 * scanner for well-formed XML and htmlparser2 (with recovery) for the rest, so the tree and the warnings
 * are made by one piece of code whichever read the text.
 */
export class TreeBuilder {
  root: XmlElement | undefined;
  /** Namespace bound to the empty prefix on the root element, if declared. */
  rootDefaultNamespace: string | undefined;
  private readonly defaultScope = new Map<string, string>();
  private readonly stack: XmlElement[] = [];
  private readonly scopes: Map<string, string>[] = [];
  private rootClosed = false;

  constructor(
    private readonly text: string,
    private readonly options: XmlParseOptions,
    private readonly doctype: string | undefined,
    private readonly position: SourcePosition,
    private readonly warn: (message: string, offset: number) => void,
  ) {}

  get depth(): number {
    return this.stack.length;
  }

  /** An open tag: `attributes` are raw (entity references not yet decoded), first occurrence of a name wins. */
  open(qname: string, rawAttributes: [string, string][], start: number): void {
    if (this.rootClosed) return;
    const parent = this.stack[this.stack.length - 1];
    const parentScope = this.scopes[this.scopes.length - 1] ?? this.defaultScope;
    let scope = parentScope;
    let attributes = NO_ATTRIBUTES;
    let base = parent ? parent.base : this.options.baseUrl;
    let lang = parent ? parent.lang : this.options.language;
    if (rawAttributes.length > 0) {
      const decoded: [string, string][] = [];
      for (const [name, raw] of rawAttributes) {
        const value = raw.indexOf('&') === -1 ? raw : decodeXmlEntities(raw, (m) => this.warn(m, start));
        if (name === 'xmlns' || name.startsWith('xmlns:')) {
          if (scope === parentScope) scope = new Map(parentScope);
          scope.set(name === 'xmlns' ? '' : name.slice(6), value === '' ? '' : namespaceKey(value));
        } else decoded.push([name, value]);
      }
      // attributes are resolved once every xmlns of the tag is known (a prefix may be declared after its use)
      if (decoded.length > 0) attributes = [];
      for (const [name, value] of decoded) {
        const colon = name.indexOf(':');
        const prefix = colon === -1 ? '' : name.slice(0, colon);
        const ns = colon === -1 ? '' : resolvePrefix(scope, prefix) ?? prefix;
        const local = colon === -1 ? name : name.slice(colon + 1);
        attributes.push({ ns, local, value });
        if (ns === NS.xml && local === 'base') base = xmlBase(value, base);
        if (ns === NS.xml && local === 'lang') lang = value.trim().replace(/_/g, '-') || undefined;
      }
    }
    const colon = qname.indexOf(':');
    const prefix = colon === -1 ? '' : qname.slice(0, colon);
    let ns = resolvePrefix(scope, prefix);
    if (ns === undefined) {
      this.warn(`undeclared namespace prefix "${prefix}:" on <${qname}>`, start);
      ns = prefix;
    } else if (prefix !== '' && !scope.has(prefix) && prefix !== 'xml') {
      // read as its usual namespace, but the document is not namespace-well-formed
      this.warn(`undeclared namespace prefix "${prefix}:" on <${qname}> (read as the usual ${ns} namespace)`, start);
    }
    const element: XmlElement = { qname, local: colon === -1 ? qname : qname.slice(colon + 1), ns, attributes, children: [], start, base, lang };
    if (parent) parent.children.push(element);
    else {
      this.root = element;
      this.rootDefaultNamespace = scope.get('');
      this.options.onRoot?.(element, this.doctype);
    }
    if (this.stack.length >= MAX_DEPTH) {
      throw new FeedParseError('MALFORMED_XML', `elements nested deeper than ${MAX_DEPTH} levels`, this.position.at(start));
    }
    this.stack.push(element);
    this.scopes.push(scope);
  }

  /** Closes the innermost element and returns it. */
  close(): XmlElement | undefined {
    if (this.rootClosed) return undefined;
    const element = this.stack.pop();
    this.scopes.pop();
    if (element && this.stack.length === 0) this.rootClosed = true;
    const parent = this.stack[this.stack.length - 1];
    if (element && parent && this.options.onElementEnd?.(element, parent) && parent.children[parent.children.length - 1] === element) parent.children.pop();
    return element;
  }

  /** Character data: `raw` as written (CDATA content is literal), `start` its offset for warnings. */
  characters(raw: string, start: number, cdata: boolean): void {
    const parent = this.stack[this.stack.length - 1];
    if (!parent || this.rootClosed) {
      if (!cdata && this.rootClosed && raw.trim() !== '') this.warn('text after the root element', start);
      return;
    }
    const value = cdata ? raw : decodeXmlEntities(raw, (m, at) => this.warn(m, start + at));
    const last = parent.children.length - 1;
    const previous = parent.children[last];
    if (typeof previous === 'string') parent.children[last] = previous + value;
    else parent.children.push(value);
  }

  /**
   * htmlparser2's XML tokenizer, which recovers from what real feeds get wrong: an element left open but
   * closed by an ancestor's end tag is a warning; input that ends with elements still open is MALFORMED_XML.
   */
  parseWithRecovery(rootStart: number): void {
    const text = this.text;
    let inCdata = false;
    const parser = new Parser(
      {
        onopentag: (qname, rawAttributes) => {
          this.open(qname, Object.entries(rawAttributes), parser.startIndex + rootStart);
        },
        onclosetag: (qname, isImplied) => {
          const element = this.close();
          if (!element) return;
          if (isImplied && parser.startIndex + rootStart !== element.start) {
            if (parser.endIndex + rootStart >= text.length - 1 && parser.startIndex + rootStart >= text.length - 1) {
              // closed by the end of input: the document is truncated
              throw new FeedParseError('MALFORMED_XML', `unclosed <${qname}>`, this.position.at(element.start));
            }
            this.warn(`unclosed <${qname}> (closed by an ancestor's end tag)`, element.start);
          }
        },
        ontext: (raw) => this.characters(raw, parser.startIndex + rootStart, inCdata),
        oncdatastart() {
          inCdata = true;
        },
        oncdataend() {
          inCdata = false;
        },
      },
      { xmlMode: true, decodeEntities: false },
    );
    parser.write(rootStart === 0 ? text : text.slice(rootStart));
    parser.end();
  }
}

/** xml:base, resolved; a base that is not http(s) (`javascript:`, a typo'd `http:///`) is ignored, keeping the parent's. */
function xmlBase(value: string, parent: string | undefined): string | undefined {
  const resolved = resolveUrl(value, parent);
  if (/^https?:\/\/[^/]/i.test(resolved)) return resolved;
  const repaired = /^(https?:)\/{3,}([^/].*)$/i.exec(resolved);
  if (repaired) return `${repaired[1]}//${repaired[2]}`;
  return /^[a-z][a-z0-9+.-]*:/i.test(resolved) ? parent : resolved;
}

function resolvePrefix(scope: Map<string, string>, prefix: string): string | undefined {
  const bound = scope.get(prefix);
  if (bound !== undefined) return bound;
  if (prefix === '') return NS.none;
  return conventionalPrefix(prefix);
}
