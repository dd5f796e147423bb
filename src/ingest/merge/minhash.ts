/**
 * 32-bit FNV-1a over UTF-16 code units. Chosen because it is tiny, has no dependency and gives the same
 * number on every platform and Node version: signatures are stored, so hashing must never change.
 */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finalizer: spreads FNV's weak low bits so each seeded permutation behaves independently. */
function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Number of hash functions in every MinHash signature; stored signatures depend on it. */
export const MINHASH_SIZE = 64;
/** LSH banding of the signature: 16 bands of 4 rows finds pairs with Jaccard ≳ 0.5 with high probability. */
export const LSH_BANDS = 16;
const ROWS_PER_BAND = MINHASH_SIZE / LSH_BANDS;

const SEEDS: readonly number[] = Array.from({ length: MINHASH_SIZE }, (_, i) => mix32(0x9e3779b9 + i * 0x632be5ab));

/**
 * MinHash of a feature set. An empty set yields all 0xffffffff, which never shares a band key with a
 * real signature (bands of empty sets are not emitted, see lshBandKeys).
 */
export function minhash(features: Iterable<string>): number[] {
  const mins = new Array<number>(MINHASH_SIZE).fill(0xffffffff);
  for (const feature of features) {
    const base = hash32(feature);
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const h = mix32(base ^ (SEEDS[i] ?? 0));
      if (h < (mins[i] ?? 0xffffffff)) mins[i] = h;
    }
  }
  return mins;
}

/** Estimated Jaccard similarity of the two feature sets behind two MinHash signatures. */
export function minhashSimilarity(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i] && a[i] !== 0xffffffff) same++;
  return same / n;
}

/**
 * LSH band keys ("b3:1a2b3c4d"): two signatures sharing any key are near-duplicate candidates. The band
 * number is part of the key so equal rows in different bands do not collide in the index.
 */
export function lshBandKeys(signature: readonly number[]): string[] {
  if (signature.every((v) => v === 0xffffffff)) return [];
  const keys: string[] = [];
  for (let band = 0; band < LSH_BANDS; band++) {
    let h = 0x811c9dc5 ^ band;
    for (let r = 0; r < ROWS_PER_BAND; r++) h = mix32(h ^ (signature[band * ROWS_PER_BAND + r] ?? 0));
    keys.push(`b${band}:${h.toString(16).padStart(8, '0')}`);
  }
  return keys;
}
