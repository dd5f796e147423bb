import { describe, expect, it } from 'vitest';
import { storySignature, MAX_STORY_KEYS } from '../../../src/ingest/merge/story-signature.js';
import { minhashSimilarity, LSH_BANDS, MINHASH_SIZE } from '../../../src/ingest/merge/minhash.js';
import { contentTokens } from '../../../src/ingest/merge/text-tokens.js';

describe('storySignature', () => {
  const input = {
    title: "Kremlin drone attack: Medvedev's call for 'elimination' of Zelensky",
    lead: 'Former president Dmitry Medvedev said the drone attack on the Kremlin left no options.',
    people: ['Dmitry Medvedev', 'Volodymyr Zelensky'],
    places: ['Moscow', 'Kremlin'],
    organizations: ['Security Council'],
  };

  it('is deterministic and pinned (signatures are stored, hashing must never drift)', () => {
    const a = storySignature(input);
    expect(storySignature(structuredClone(input))).toEqual(a);
    expect(a.minhash).toHaveLength(MINHASH_SIZE);
    expect(a.bandKeys).toHaveLength(LSH_BANDS);
    expect(a.bandKeys[0]).toMatch(/^b0:[0-9a-f]{8}$/);
    expect(storySignature({ title: 'Fed official says weak data caused by weather' }).bandKeys.slice(0, 2)).toMatchInlineSnapshot(`
      [
        "b0:6a7cd29a",
        "b1:3e20e200",
      ]
    `);
  });

  it('folds case, accents, possessives and plurals into one token', () => {
    expect(contentTokens("PLÖSSER's Taxes: the Stories")).toEqual(['plosser', 'tax', 'story']);
    expect(contentTokens('Series of movies')).toEqual(['series', 'movie']);
  });

  it('keys entities by kind and slug, sorted, and indexes title words and entities for story lookup', () => {
    const s = storySignature(input);
    expect(s.entityKeys).toEqual(['org:security-council', 'person:dmitry-medvedev', 'person:volodymyr-zelensky', 'place:kremlin', 'place:moscow']);
    expect(s.tokens.slice(0, s.titleTokenCount)).toEqual(['kremlin', 'drone', 'attack', 'medvedev', 'call', 'elimination', 'zelensky']);
    expect(s.tokens).toContain('president');
    expect(s.storyKeys).toContain('t:medvedev');
    expect(s.storyKeys).toContain('person:dmitry-medvedev');
    expect(s.storyKeys.length).toBeLessThanOrEqual(MAX_STORY_KEYS);
  });

  it('puts reworded copies of a headline close together and unrelated headlines far apart', () => {
    const a = storySignature({ title: "Men's Wearhouse to buy Jos. A. Bank for $1.8 billion" });
    const b = storySignature({ title: "Men's Wearhouse to buy Jos. A. Bank for $1.8 bln" });
    const c = storySignature({ title: 'Lena Dunham hosts Saturday Night Live' });
    expect(minhashSimilarity(a.minhash, b.minhash)).toBeGreaterThan(0.6);
    expect(a.bandKeys.some((k) => b.bandKeys.includes(k))).toBe(true);
    expect(minhashSimilarity(a.minhash, c.minhash)).toBeLessThan(0.1);
    expect(a.bandKeys.some((k) => c.bandKeys.includes(k))).toBe(false);
  });

  it('handles empty and junk titles without crashing, and rejects non-strings clearly', () => {
    const empty = storySignature({ title: '' });
    expect(empty.tokens).toEqual([]);
    expect(empty.bandKeys).toEqual([]);
    expect(storySignature({ title: '!!! ... ???' }).bandKeys).toEqual([]);
    expect(() => storySignature({ title: undefined as unknown as string })).toThrow(/title must be a string/);
  });
});
