import type { TreeBuilder } from './xml-tree-builder.js';

/** Thrown (and caught by parseXmlDocument) when the text needs the recovering tokenizer. Never escapes. */
export const NOT_SIMPLE: unique symbol = Symbol('not simple XML');

/**
 * A tokenizer for well-formed XML only, several times faster than htmlparser2 because it jumps with
 * indexOf and allocates nothing but the tree's strings. It gives up (throws NOT_SIMPLE) at the first
 * thing whose reading needs recovery rules: a mismatched or missing end tag, an unquoted or valueless
 * attribute, a stray `<`, a declaration. Whatever it accepts, htmlparser2 reads the same way, so the
 * tree does not depend on which tokenizer read it.
 */
export function scanWellFormed(text: string, from: number, builder: TreeBuilder): void {
  const n = text.length;
  const names: string[] = [];
  let i = from;
  while (i < n) {
    const lt = text.indexOf('<', i);
    const end = lt === -1 ? n : lt;
    if (end > i) builder.characters(text.slice(i, end), i, false);
    if (lt === -1) break;
    const c = text.charCodeAt(lt + 1);
    if (c === 0x2f) {
      const gt = text.indexOf('>', lt + 2);
      if (gt === -1) throw NOT_SIMPLE;
      let nameEnd = gt;
      while (nameEnd > lt + 2 && isSpace(text.charCodeAt(nameEnd - 1))) nameEnd--;
      if (names.pop() !== text.slice(lt + 2, nameEnd)) throw NOT_SIMPLE;
      builder.close();
      i = gt + 1;
    } else if (c === 0x21) {
      if (text.startsWith('<![CDATA[', lt)) {
        const close = text.indexOf(']]>', lt + 9);
        if (close === -1) throw NOT_SIMPLE;
        builder.characters(text.slice(lt + 9, close), lt, true);
        i = close + 3;
      } else if (text.startsWith('<!--', lt)) {
        const close = text.indexOf('-->', lt + 4);
        if (close === -1) throw NOT_SIMPLE;
        i = close + 3;
      } else throw NOT_SIMPLE;
    } else if (c === 0x3f) {
      const close = text.indexOf('?>', lt + 2);
      if (close === -1) throw NOT_SIMPLE;
      i = close + 2;
    } else if (isNameStart(c)) {
      i = scanTag(text, lt, builder, names);
    } else throw NOT_SIMPLE;
  }
  if (names.length > 0) throw NOT_SIMPLE;
}

/** Shared by every tag without attributes (the builder only reads it). */
const NO_RAW_ATTRIBUTES: [string, string][] = [];

/** One start tag from its `<`; returns the offset after its `>`. */
function scanTag(text: string, lt: number, builder: TreeBuilder, names: string[]): number {
  let j = lt + 1;
  while (isNameChar(text.charCodeAt(j))) j++;
  const qname = text.slice(lt + 1, j);
  let attributes = NO_RAW_ATTRIBUTES;
  for (;;) {
    const before = j;
    while (isSpace(text.charCodeAt(j))) j++;
    const ch = text.charCodeAt(j);
    if (ch === 0x3e) {
      builder.open(qname, attributes, lt);
      names.push(qname);
      return j + 1;
    }
    if (ch === 0x2f) {
      if (text.charCodeAt(j + 1) !== 0x3e) throw NOT_SIMPLE;
      builder.open(qname, attributes, lt);
      builder.close();
      return j + 2;
    }
    if (j === before || !isNameStart(ch)) throw NOT_SIMPLE;
    const nameStart = j;
    while (isNameChar(text.charCodeAt(j))) j++;
    const name = text.slice(nameStart, j);
    while (isSpace(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) !== 0x3d) throw NOT_SIMPLE;
    j++;
    while (isSpace(text.charCodeAt(j))) j++;
    const quote = text.charCodeAt(j);
    if (quote !== 0x22 && quote !== 0x27) throw NOT_SIMPLE;
    const close = text.indexOf(quote === 0x22 ? '"' : "'", j + 1);
    if (close === -1) throw NOT_SIMPLE;
    let duplicate = false;
    for (const a of attributes) if (a[0] === name) duplicate = true;
    if (!duplicate) {
      if (attributes === NO_RAW_ATTRIBUTES) attributes = [];
      attributes.push([name, text.slice(j + 1, close)]);
    }
    j = close + 1;
  }
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

function isNameStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f || c === 0x3a || c >= 0x80;
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;
}
