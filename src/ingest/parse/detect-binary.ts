const SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive' },
  { bytes: [0x1f, 0x8b], what: 'gzip-compressed data (decompress it first)' },
  { bytes: [0x42, 0x5a, 0x68], what: 'bzip2-compressed data' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], what: 'zstd-compressed data' },
  { bytes: [0x00, 0x00, 0x00], what: 'binary data' },
];

/**
 * Names binary content (images, archives, compressed bodies) from magic numbers, so a mis-configured
 * source gets "BINARY: a PNG image" instead of a confusing XML error. UTF-16/32 text is sniffed before.
 */
export function binarySignature(bytes: Uint8Array): string | undefined {
  for (const sig of SIGNATURES) {
    if (sig.bytes.length <= bytes.length && sig.bytes.every((b, i) => bytes[i] === b)) {
      if (sig.what === 'binary data' && bytes[3] === 0x3c) return undefined; // UTF-32BE '<'
      return sig.what;
    }
  }
  if (bytes.length >= 12 && bytes[0] === 0x52 && bytes[1] === 0x49 && bytes[2] === 0x46 && bytes[3] === 0x46) return 'a RIFF (WebP/WAV/AVI) file';
  return undefined;
}

/** Share of control characters (other than tab/CR/LF) in the first 1,024 decoded characters. */
export function controlCharacterRatio(text: string): number {
  const n = Math.min(text.length, 1024);
  if (n === 0) return 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) control++;
  }
  return control / n;
}
