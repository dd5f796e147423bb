import { FeedParseError } from './feed-parse-error.js';

export interface DecodedFeedText {
  text: string;
  /** Lower-case label of the encoding actually used (feedparser naming: utf-16be, gb18030, us-ascii ...). */
  encoding: string;
  warnings: string[];
}

export interface CharsetHints {
  /** The HTTP Content-Type header value, if any. */
  contentType?: string;
}

/** Labels TextDecoder knows under another name, or that are better decoded by a superset. */
const LABEL_ALIASES: Record<string, string> = {
  utf8: 'utf-8',
  'utf-16': 'utf-16be',
  utf16: 'utf-16be',
  'utf-32': 'utf-32be',
  utf32: 'utf-32be',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  ascii: 'us-ascii',
  latin1: 'iso-8859-1',
};

/**
 * Turns feed bytes into text the way XML and RFC 3023 say, with the real world's exceptions:
 * a BOM wins; then a charset on the HTTP Content-Type; then UTF-16/32 sniffed from `<?xml`; then the XML
 * declaration; then UTF-8. `text/*` without charset means US-ASCII by RFC 3023, which we honour only when
 * the bytes are ASCII (otherwise the declaration is used and a warning recorded). Bytes invalid in the
 * chosen encoding fall back to windows-1252 with a warning rather than losing the feed.
 */
export function decodeFeedBytes(bytes: Uint8Array, hints: CharsetHints = {}): DecodedFeedText {
  const warnings: string[] = [];
  const bom = detectBom(bytes);
  const mediaType = hints.contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  const httpCharset = charsetFromContentType(hints.contentType);
  if (mediaType === 'text/plain' || mediaType === 'text/html') {
    warnings.push(`served as ${mediaType}, not as an XML or JSON feed type`);
  }

  if (bom) {
    const body = bytes.subarray(bom.length);
    if (httpCharset && normalizeLabel(httpCharset) !== bom.encoding && !bom.encoding.startsWith('utf-8')) {
      warnings.push(`byte order mark says ${bom.encoding}, HTTP charset says ${httpCharset}; using the byte order mark`);
    }
    return decodeWith(bom.encoding, body, warnings, true);
  }

  const sniffed = sniffWideEncoding(bytes);
  if (httpCharset) {
    const label = normalizeLabel(httpCharset);
    if (!sniffed || label.startsWith('utf-16') || label.startsWith('utf-32')) {
      if (isSupported(label)) return decodeWith(label, bytes, warnings, false);
      warnings.push(`unknown HTTP charset "${httpCharset}", ignored`);
    }
  }
  if (sniffed) return decodeWith(sniffed, bytes, warnings, false);

  const declared = declaredEncoding(bytes);
  if (mediaType.startsWith('text/') && !httpCharset && mediaType !== 'text/plain' && mediaType !== 'text/html') {
    if (isAscii(bytes)) return { text: latin1(bytes), encoding: 'us-ascii', warnings };
    warnings.push(`served as ${mediaType} without charset (US-ASCII by RFC 3023) but contains non-ASCII bytes; using ${declared ?? 'utf-8'}`);
  }
  if (declared) {
    const label = normalizeLabel(declared);
    if (label.startsWith('utf-16') || label.startsWith('utf-32')) {
      warnings.push(`XML declaration says ${declared} but the bytes are not ${declared}; using utf-8`);
      return decodeWith('utf-8', bytes, warnings, false);
    }
    if (isSupported(label)) return decodeWith(label, bytes, warnings, false);
    if (isValidUtf8(bytes)) {
      warnings.push(`unknown encoding "${declared}" in the XML declaration; the bytes are valid UTF-8, using utf-8`);
      return decodeWith('utf-8', bytes, warnings, false);
    }
    throw new FeedParseError('UNSUPPORTED_ENCODING', `the XML declaration names encoding "${declared}", which is not supported`);
  }
  return decodeWith('utf-8', bytes, warnings, false);
}

function normalizeLabel(label: string): string {
  const lower = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  return LABEL_ALIASES[lower] ?? lower;
}

function isSupported(label: string): boolean {
  if (label === 'utf-32be' || label === 'utf-32le' || label === 'us-ascii') return true;
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

function charsetFromContentType(contentType: string | undefined): string | undefined {
  if (!contentType) return undefined;
  const match = /;\s*charset\s*=\s*["']?\s*([^"';\s]+)/i.exec(contentType);
  return match?.[1];
}

function detectBom(bytes: Uint8Array): { encoding: string; length: number } | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0x00 && b === 0x00 && c === 0xfe && d === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (a === 0xff && b === 0xfe && c === 0x00 && d === 0x00) return { encoding: 'utf-32le', length: 4 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return undefined;
}

/** `<?` (or `<` of any element) written in a 2- or 4-byte encoding, as XML 1.0 appendix F describes. */
function sniffWideEncoding(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0x00 && b === 0x00 && c === 0x00 && d === 0x3c) return 'utf-32be';
  if (a === 0x3c && b === 0x00 && c === 0x00 && d === 0x00) return 'utf-32le';
  if (a === 0x00 && b === 0x3c && c === 0x00) return 'utf-16be';
  if (a === 0x3c && b === 0x00 && c !== 0x00) return 'utf-16le';
  return undefined;
}

function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = latin1(bytes.subarray(0, 512));
  const match = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"']*)["']/.exec(head);
  const value = match?.[1]?.trim();
  return value ? value : undefined;
}

function decodeWith(label: string, bytes: Uint8Array, warnings: string[], hadBom: boolean): DecodedFeedText {
  if (label === 'utf-32be' || label === 'utf-32le') return { text: decodeUtf32(bytes, label === 'utf-32le', warnings), encoding: label, warnings };
  if (label === 'us-ascii') {
    if (!isAscii(bytes)) warnings.push('declared US-ASCII but contains non-ASCII bytes; decoded as windows-1252');
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: label, warnings };
  }
  try {
    return { text: new TextDecoder(label, { fatal: true, ignoreBOM: hadBom }).decode(bytes), encoding: label, warnings };
  } catch {
    const fallback = label === 'utf-8' ? 'windows-1252' : label;
    warnings.push(`bytes are not valid ${label}; decoded as ${fallback} with replacement characters where needed`);
    return { text: new TextDecoder(fallback, { ignoreBOM: hadBom }).decode(bytes), encoding: fallback, warnings };
  }
}

function decodeUtf32(bytes: Uint8Array, littleEndian: boolean, warnings: string[]): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  let chunk: number[] = [];
  let invalid = false;
  for (let i = 0; i + 4 <= bytes.byteLength; i += 4) {
    const cp = view.getUint32(i, littleEndian);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
      invalid = true;
      chunk.push(0xfffd);
    } else chunk.push(cp);
    if (chunk.length === 8192) {
      parts.push(String.fromCodePoint(...chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCodePoint(...chunk));
  if (invalid || bytes.byteLength % 4 !== 0) warnings.push('invalid UTF-32 code units replaced');
  return parts.join('');
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] ?? 0) > 0x7f) return false;
  return true;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** windows-1252's 0x80–0x9F (Node's TextDecoder decodes that label as Latin-1, so we map these ourselves). */
const CP1252_C1: Record<number, string> = {
  0x80: '\u20ac', 0x82: '\u201a', 0x83: '\u0192', 0x84: '\u201e', 0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021', 0x88: '\u02c6',
  0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152', 0x8e: '\u017d', 0x91: '\u2018', 0x92: '\u2019', 0x93: '\u201c',
  0x94: '\u201d', 0x95: '\u2022', 0x96: '\u2013', 0x97: '\u2014', 0x98: '\u02dc', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203a',
  0x9c: '\u0153', 0x9e: '\u017e', 0x9f: '\u0178',
};
const C1_CONTROLS = /[\u0080-\u009f]/g;

/**
 * C1 control characters (U+0080–U+009F) never occur in real text: they are windows-1252 punctuation
 * (curly quotes, dashes, €) that a tool stored as Latin-1 code points. Mapped back, as browsers and
 * feedparser ("demoronize") do.
 */
export function repairC1Controls(text: string): string {
  C1_CONTROLS.lastIndex = 0;
  if (!C1_CONTROLS.test(text)) return text;
  return text.replace(C1_CONTROLS, (c) => CP1252_C1[c.charCodeAt(0)] ?? c);
}

/**
 * False when text decoded from these bytes cannot hold a C1 control: in UTF-8 they are encoded as
 * 0xC2 0x80–0x9F, so bytes without 0xC2 need no repairC1Controls pass over the whole text.
 */
export function mayHoldC1Controls(bytes: Uint8Array, encoding: string): boolean {
  return encoding !== 'utf-8' || bytes.indexOf(0xc2) !== -1;
}
