import { normalizeCategory } from './opml-categories.js';
import type { OpmlOutline } from './opml-document.js';

export interface SerializeOpmlInput {
  title?: string;
  dateCreated?: Date;
  outlines: readonly OpmlOutline[];
}

export interface SerializeOpmlOptions {
  /**
   * Gather outlines into one folder per first category (in order of first appearance). Off by default so
   * the file keeps the given order exactly and `parseOpml(serializeOpml(x))` gives `x` back; a folder
   * split by the order is written twice, which readers merge on import.
   */
  groupByFolder?: boolean;
}

/**
 * Writes an OPML 2.0 subscription list. The first category of each feed becomes its folder path (`News/
 * World` → folder News › World, the form every reader imports), the other categories go to the `category`
 * attribute (paths with a leading slash, as OPML 2.0 writes them; commas, the list separator, become
 * spaces). Text is XML-escaped, characters XML 1.0 cannot carry are dropped, and line breaks in attributes
 * are written as character references so they survive attribute normalization.
 */
export function serializeOpml(input: SerializeOpmlInput, options: SerializeOpmlOptions = {}): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">', '  <head>'];
  if (input.title !== undefined) lines.push(`    <title>${escapeText(input.title)}</title>`);
  if (input.dateCreated !== undefined && !Number.isNaN(input.dateCreated.getTime())) {
    lines.push(`    <dateCreated>${input.dateCreated.toUTCString()}</dateCreated>`);
  }
  lines.push('  </head>', '  <body>');

  const outlines = options.groupByFolder ? groupByFolder(input.outlines) : input.outlines;
  const open: string[] = [];
  for (const outline of outlines) {
    const [first, ...rest] = outline.categories.map(normalizeCategory).filter((c) => c !== '');
    const path = first ? first.split('/') : [];
    let shared = 0;
    while (shared < open.length && shared < path.length && open[shared] === path[shared]) shared++;
    while (open.length > shared) {
      open.pop();
      lines.push(`${indent(open.length)}</outline>`);
    }
    for (const segment of path.slice(shared)) {
      lines.push(`${indent(open.length)}<outline text="${escapeAttribute(segment)}">`);
      open.push(segment);
    }
    lines.push(`${indent(open.length)}${feedOutline(outline, rest)}`);
  }
  while (open.length > 0) {
    open.pop();
    lines.push(`${indent(open.length)}</outline>`);
  }
  lines.push('  </body>', '</opml>', '');
  return lines.join('\n');
}

function feedOutline(outline: OpmlOutline, otherCategories: string[]): string {
  const title = outline.title ?? outline.xmlUrl;
  let out = `<outline type="rss" text="${escapeAttribute(title)}"`;
  if (outline.title !== undefined) out += ` title="${escapeAttribute(outline.title)}"`;
  out += ` xmlUrl="${escapeAttribute(outline.xmlUrl)}"`;
  if (outline.htmlUrl !== undefined) out += ` htmlUrl="${escapeAttribute(outline.htmlUrl)}"`;
  const categories = otherCategories.map((c) => c.replace(/,/g, ' ').replace(/\s+/g, ' ').trim()).filter((c) => c !== '');
  if (categories.length > 0) out += ` category="${escapeAttribute(categories.map((c) => (c.includes('/') ? `/${c}` : c)).join(','))}"`;
  return `${out}/>`;
}

function groupByFolder(outlines: readonly OpmlOutline[]): OpmlOutline[] {
  const order = new Map<string, number>();
  for (const outline of outlines) {
    const key = normalizeCategory(outline.categories[0] ?? '');
    if (!order.has(key)) order.set(key, order.size);
  }
  return outlines
    .map((outline, index) => ({ outline, index, group: order.get(normalizeCategory(outline.categories[0] ?? '')) ?? 0 }))
    .sort((a, b) => a.group - b.group || a.index - b.index)
    .map((entry) => entry.outline);
}

function indent(depth: number): string {
  return '    ' + '  '.repeat(depth);
}

/** Characters XML 1.0 cannot contain at all (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/FFFF). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function escapeText(value: string): string {
  return value.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}
