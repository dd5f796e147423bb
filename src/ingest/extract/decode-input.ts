import { ExtractError } from './extract-error.js';

function charsetFromContentType(contentType: string | undefined): string | undefined {
  return contentType ? /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1]?.toLowerCase() : undefined;
}

function sniffBomAndMeta(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1]?.toLowerCase();
}

function decodeWith(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Bytes → text. Charset order as browsers do it: BOM, the HTTP header, a `<meta charset>` in the first
 * 2 KB, then strict UTF-8, then windows-1252 (what unlabeled legacy pages are). A NUL byte or many control
 * characters in the first 8 KB mean a binary file (image, PDF, archive), which is refused.
 */
export function decodeInput(input: Uint8Array | string, contentType: string | undefined, maxBytes: number): string {
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (size === 0) throw new ExtractError('EMPTY', 'The document is empty (0 bytes).');
  if (size > maxBytes) throw new ExtractError('TOO_LARGE', `The document is ${size} bytes; the limit is ${maxBytes} bytes.`);
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const utf16 = input[0] === 0xff && input[1] === 0xfe ? 'utf-16le' : input[0] === 0xfe && input[1] === 0xff ? 'utf-16be' : undefined;
    if (!utf16 && input.subarray(0, 8192).includes(0)) throw new ExtractError('BINARY', 'The document is binary (it contains NUL bytes), not text or HTML.');
    const label = utf16 ?? charsetFromContentType(contentType) ?? sniffBomAndMeta(input);
    text = (label ? decodeWith(input, label) : undefined) ?? decodeWith(input, 'utf-8') ?? new TextDecoder('windows-1252').decode(input);
  }
  text = text.replace(/^\uFEFF/, '');
  const sample = text.slice(0, 8192);
  const controls = sample.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  if (sample.includes('\u0000') || controls > sample.length * 0.05) throw new ExtractError('BINARY', 'The document is binary (control characters), not text or HTML.');
  if (!text.trim()) throw new ExtractError('EMPTY', 'The document holds only white space.');
  return text;
}
