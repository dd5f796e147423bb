/** Any RegExp `\s` character that is not a plain space, or two whitespace characters in a row. */
const NOT_PLAIN = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|\s\s/;

/** The characters of the RegExp class \s. */
export function isWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Plain text built from the pieces of an HTML fragment as they are read, already in block form: what
 * `normalizeBlocks(pieces.join(''))` gives (whitespace runs → one space, runs holding a blank line
 * (`\n\n`) → a paragraph break, ends trimmed), without building and rescanning the joined text. Pieces
 * that are words separated by single spaces (most of them) are appended whole.
 */
export class BlockText {
  private out = '';
  /** Inside a whitespace run (since the last non-whitespace character). */
  private inRun = false;
  /** The run holds two line feeds in a row. */
  private paragraph = false;
  private lastWasNewline = false;

  add(piece: string): void {
    const n = piece.length;
    let start = 0;
    while (start < n && isWhitespace(piece.charCodeAt(start))) this.space(piece.charCodeAt(start++));
    if (start === n) return;
    let end = n;
    while (isWhitespace(piece.charCodeAt(end - 1))) end--;
    this.endRun();
    const middle = start === 0 && end === n ? piece : piece.slice(start, end);
    if (NOT_PLAIN.test(middle)) this.out += collapseInner(middle);
    else this.out += middle;
    for (let i = end; i < n; i++) this.space(piece.charCodeAt(i));
  }

  /** A block boundary: the same as the text `\n\n`. */
  blockBreak(): void {
    this.space(0x0a);
    this.space(0x0a);
  }

  text(): string {
    return this.out;
  }

  private space(c: number): void {
    if (!this.inRun) {
      this.inRun = true;
      this.paragraph = false;
      this.lastWasNewline = false;
    }
    if (c === 0x0a) {
      if (this.lastWasNewline) this.paragraph = true;
      this.lastWasNewline = true;
    } else this.lastWasNewline = false;
  }

  private endRun(): void {
    if (!this.inRun) return;
    this.inRun = false;
    if (this.out !== '') this.out += this.paragraph ? '\n\n' : ' ';
  }
}

/** Whitespace runs inside text that starts and ends with non-whitespace, collapsed (copy on change). */
function collapseInner(text: string): string {
  const n = text.length;
  let out = '';
  let runStart = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWhitespace(c)) {
      i++;
      continue;
    }
    let j = i;
    let paragraph = false;
    for (; j < n; j++) {
      const d = text.charCodeAt(j);
      if (!isWhitespace(d)) break;
      if (d === 0x0a && text.charCodeAt(j + 1) === 0x0a) paragraph = true;
    }
    if (!paragraph && c === 0x20 && j === i + 1) {
      i = j;
      continue;
    }
    out += text.slice(runStart, i) + (paragraph ? '\n\n' : ' ');
    runStart = j;
    i = j;
  }
  return out + text.slice(runStart);
}
