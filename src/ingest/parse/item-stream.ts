import { NS } from './namespaces.js';
import { ParseContext, type StreamedItems } from './parse-context.js';
import { parseAtomEntry } from './parse-atom.js';
import { parseRssItem } from './parse-rss.js';
import type { SourcePosition } from './source-position.js';
import type { XmlElement } from './xml-document.js';

const RSS = [NS.none, NS.rss10, NS.rss090, NS.rss2] as const;
const ATOM = [NS.atom, NS.atom03, NS.none] as const;

/**
 * Converts a feed's items as their end tags are read (RSS 2.0/0.9x items of the first channel, Atom
 * entries of the feed) so that each item's element tree is garbage as soon as it is converted. Only
 * plain documents stream: a root in a made-up namespace is renamed before reading, so it does not.
 * The feed parsers take the streamed items in place of the ones they would have read, with the same
 * results and the same warnings in the same order.
 */
export class ItemStream {
  readonly streamed: StreamedItems = { items: [], warnings: [] };
  private ctx: ParseContext;
  private kind: 'rss' | 'atom' | undefined;
  private root: XmlElement | undefined;
  private channel: XmlElement | undefined;

  constructor(private readonly position: SourcePosition) {
    this.ctx = new ParseContext(position);
  }

  /** Decided when the root opens. */
  start(root: XmlElement): void {
    this.root = root;
    if (root.local === 'rss' && RSS.includes(root.ns as never)) this.kind = 'rss';
    else if (root.local === 'feed' && (root.ns === NS.atom || root.ns === NS.atom03 || root.ns === NS.none)) this.kind = 'atom';
  }

  /** True when the element was an item and has been converted (the tree builder then drops it). */
  take(element: XmlElement, parent: XmlElement): boolean {
    if (this.kind === 'atom') {
      if (parent !== this.root || element.local !== 'entry' || !ATOM.includes(element.ns as never)) return false;
      this.streamed.items.push(parseAtomEntry(element, this.ctx));
      return true;
    }
    if (this.kind !== 'rss' || element.local !== 'item' || !RSS.includes(element.ns as never)) return false;
    this.channel ??= this.root?.children.find((n): n is XmlElement => typeof n !== 'string' && n.local === 'channel' && RSS.includes(n.ns as never));
    if (parent !== this.channel) return false;
    this.streamed.items.push(parseRssItem(element, this.ctx));
    return true;
  }

  /** The document is being read again from the start. */
  reset(): void {
    this.ctx = new ParseContext(this.position);
    this.streamed.items.length = 0;
    this.streamed.warnings = this.ctx.warnings;
    this.channel = undefined;
  }

  result(): StreamedItems | undefined {
    if (!this.kind) return undefined;
    this.streamed.warnings = this.ctx.warnings;
    return this.streamed;
  }
}
