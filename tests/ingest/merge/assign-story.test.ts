import { describe, expect, it } from 'vitest';
import { assignStory, type StoryCandidate } from '../../../src/ingest/merge/assign-story.js';
import { storySignature } from '../../../src/ingest/merge/story-signature.js';
import { addToCentroid, type StoryCentroid } from '../../../src/ingest/merge/story-centroid.js';
import { StoryIndex } from '../../../src/ingest/merge/story-index.js';

const T0 = new Date('2024-05-01T12:00:00Z');
const hours = (h: number): Date => new Date(T0.getTime() + h * 3600_000);

function story(storyId: string, titles: string[], lastSeen = T0): StoryCandidate {
  let centroid: StoryCentroid | undefined;
  for (const title of titles) centroid = addToCentroid(centroid, storySignature({ title }));
  return { storyId, centroid: centroid as StoryCentroid, firstSeen: hours(-2), lastSeen, sources: ['a', 'b'] };
}

const wearhouse = story('s-wearhouse', ["Men's Wearhouse to buy Jos. A. Bank", 'Jos A. Bank agrees to Men’s Wearhouse deal', "Men's Wearhouse finally buys Jos. A. Bank"]);
const dunham = story('s-dunham', ['Lena Dunham hosts SNL', 'Lena Dunham on Saturday Night Live: the best sketches']);

describe('assignStory', () => {
  const incoming = { signature: storySignature({ title: 'Jos. A. Bank accepts $1.8 billion Men’s Wearhouse offer' }), publishedAt: T0, source: 'c' };

  it('joins the story that carries the article’s words, with a readable reason', () => {
    const d = assignStory(incoming, [dunham, wearhouse]);
    expect(d.kind).toBe('JOIN');
    if (d.kind !== 'JOIN') return;
    expect(d.storyId).toBe('s-wearhouse');
    expect(d.score).toBeGreaterThan(0.3);
    expect(d.reason).toMatch(/shares "(jos|bank|wearhouse|men)"/);
  });

  it('does not depend on the order of the candidates', () => {
    expect(assignStory(incoming, [wearhouse, dunham])).toEqual(assignStory(incoming, [dunham, wearhouse]));
  });

  it('starts a new story when nothing matches, and says why', () => {
    const d = assignStory({ signature: storySignature({ title: 'Flappy Bird creator considering a comeback' }), publishedAt: T0, source: 'c' }, [wearhouse, dunham]);
    expect(d).toMatchObject({ kind: 'NEW' });
    expect(assignStory(incoming, [])).toEqual({ kind: 'NEW', reason: 'no candidate story' });
  });

  it('does not join a story last seen beyond the time window', () => {
    const old = story('s-old', ["Men's Wearhouse to buy Jos. A. Bank"], hours(-24 * 5));
    expect(assignStory(incoming, [old])).toEqual({ kind: 'NEW', reason: 'no candidate story within the time window' });
  });

  it('merges a second story about the same event when the article matches both', () => {
    const split = story('s-split', ['Jos A Bank accepts Men’s Wearhouse takeover']);
    const d = assignStory(incoming, [wearhouse, split, dunham]);
    expect(d.kind).toBe('JOIN');
    if (d.kind !== 'JOIN') return;
    expect([d.storyId, ...(d.merge ?? []).map((m) => m.storyId)].sort()).toEqual(['s-split', 's-wearhouse']);
  });

  it('recognises a near-duplicate of a member found by LSH band', () => {
    const sig = storySignature({ title: 'Chiquita and Fyffes agree merger to form top banana company' });
    const member = storySignature({ title: 'Chiquita and Fyffes agree merger to form top banana firm' });
    const candidate: StoryCandidate = { ...story('s-banana', ['Banana giants combine']), nearDuplicates: [{ articleId: 'x1', minhash: member.minhash }] };
    const d = assignStory({ signature: sig, publishedAt: T0, source: 'c' }, [candidate]);
    expect(d).toMatchObject({ kind: 'JOIN', storyId: 's-banana' });
    if (d.kind === 'JOIN') expect(d.reason).toMatch(/near-duplicate of article x1/);
  });

  it('rejects an invalid date clearly', () => {
    expect(() => assignStory({ ...incoming, publishedAt: new Date('nope') }, [wearhouse])).toThrow(/publishedAt must be a valid Date/);
  });
});

describe('StoryIndex', () => {
  it('clusters incrementally, is idempotent per article and fetches a bounded number of candidates', () => {
    const index = new StoryIndex({ perKeyLimit: 4 });
    const titles = [
      "Men's Wearhouse to buy Jos. A. Bank for $1.8 billion",
      'Lena Dunham hosts SNL',
      'Jos A. Bank agrees to Men’s Wearhouse deal',
      'Lena Dunham on Saturday Night Live',
      "Men's Wearhouse finally buys Jos. A. Bank",
    ];
    titles.forEach((title, i) => index.ingest({ articleId: `a${i}`, signature: storySignature({ title }), publishedAt: hours(i), source: `s${i}` }));
    expect(index.storyOf('a0')).toBe(index.storyOf('a2'));
    expect(index.storyOf('a2')).toBe(index.storyOf('a4'));
    expect(index.storyOf('a1')).toBe(index.storyOf('a3'));
    expect(index.storyOf('a0')).not.toBe(index.storyOf('a1'));
    const again = index.ingest({ articleId: 'a4', signature: storySignature({ title: titles[4] as string }), publishedAt: hours(4), source: 's4' });
    expect(again.storyId).toBe(index.storyOf('a4'));
    expect(index.articleCount).toBe(5);
    const sig = storySignature({ title: 'Bank deal news' });
    expect(index.candidatesFor(sig, hours(5)).length).toBeLessThanOrEqual(sig.storyKeys.length * 4 + sig.bandKeys.length * index.options.perBandLimit);
  });
});
