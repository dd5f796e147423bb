import { describe, expect, it } from 'vitest';
import { relateArticles, relatedLookup, type RelatableArticle } from '../../../src/ingest/merge/related.js';
import { storySignature } from '../../../src/ingest/merge/story-signature.js';

const names = { 'person:dmitry-medvedev': 'Dmitry Medvedev', 'person:volodymyr-zelensky': 'Volodymyr Zelensky', 'place:kremlin': 'Kremlin' };

function article(id: string, title: string, iso: string, extra: Partial<RelatableArticle> & { people?: string[]; places?: string[] } = {}): RelatableArticle {
  const { people, places, ...rest } = extra;
  return { id, title, publishedAt: new Date(iso), signature: storySignature({ title, people, places }), entityNames: names, ...rest };
}

const subject = article('a', 'Medvedev says Kremlin drone attack demands response', '2023-05-03T10:00Z', {
  storyId: 's1',
  people: ['Dmitry Medvedev'],
  places: ['Kremlin'],
  quotedKeys: ['person:dmitry-medvedev'],
  linkedKeys: ['url:example.com/explainer'],
});

const candidates: RelatableArticle[] = [
  article('linked', 'Explainer: how Kremlin air defences work', '2023-04-20T08:00Z', { identityKeys: ['url:example.com/explainer'] }),
  article('same', 'Drones over the Kremlin: what we know', '2023-05-03T11:00Z', { storyId: 's1', source: 'BBC', places: ['Kremlin'] }),
  article('quote', 'Kremlin drone attack: Medvedev calls for elimination of Zelensky', '2023-05-03T12:00Z', {
    storyId: 's2',
    people: ['Dmitry Medvedev', 'Volodymyr Zelensky'],
    places: ['Kremlin'],
    quotedKeys: ['person:dmitry-medvedev'],
  }),
  article('quote-copy', 'Kremlin drone attack: Medvedev calls for elimination of Zelensky', '2023-05-03T12:30Z', {
    storyId: 's2',
    people: ['Dmitry Medvedev', 'Volodymyr Zelensky'],
    places: ['Kremlin'],
    quotedKeys: ['person:dmitry-medvedev'],
  }),
  article('later', 'Medvedev warns of nuclear response as Kremlin attack probe widens', '2023-05-09T11:00Z', { storyId: 's3', people: ['Dmitry Medvedev'], places: ['Kremlin'] }),
  article('similar', 'Drone attack response demands', '2023-05-02T10:00Z', { storyId: 's4' }),
  article('unrelated', 'Taylor Swift tops the Billboard money makers list', '2023-05-03T10:00Z', { storyId: 's5' }),
];

describe('relateArticles', () => {
  const edges = relateArticles(subject, candidates, 10);

  it('gives each kind its edge, ranked, with scores in 0..1', () => {
    expect(edges.map((e) => [e.targetId, e.kind])).toEqual([
      ['linked', 'LINKED'],
      ['same', 'SAME_STORY'],
      ['later', 'FOLLOW_UP'],
      ['quote', 'SHARED_ENTITIES'],
      ['similar', 'SIMILAR'],
    ]);
    for (const e of edges) expect(e.score).toBeGreaterThan(0);
    expect([...edges].sort((x, y) => y.score - x.score)).toEqual(edges);
  });

  it('writes reasons a person can read', () => {
    const reason = (id: string): string | undefined => edges.find((e) => e.targetId === id)?.reason;
    expect(reason('quote')).toBe('both quote Dmitry Medvedev on Kremlin drone attack');
    expect(reason('linked')).toBe('this article links to "Explainer: how Kremlin air defences work"');
    expect(reason('later')).toBe('later by 6 days: both mention Dmitry Medvedev and Kremlin on attack response');
    expect(reason('same')).toMatch(/^same story from BBC: both mention Kremlin/);
  });

  it('deduplicates: one edge per target, copies of one headline once, never the article itself', () => {
    expect(edges.map((e) => e.targetId)).not.toContain('quote-copy');
    expect(relateArticles(subject, [...candidates, ...candidates, subject], 10)).toEqual(edges);
    expect(edges.map((e) => e.targetId)).not.toContain('unrelated');
  });

  it('respects the limit and rejects a bad one', () => {
    expect(relateArticles(subject, candidates, 2).map((e) => e.targetId)).toEqual(['linked', 'same']);
    expect(() => relateArticles(subject, candidates, 0)).toThrow(/limit must be an integer from 1 to 100/);
    expect(() => relateArticles(subject, candidates, 101)).toThrow(RangeError);
  });

  it('names the keys storage looks candidates up by', () => {
    expect(relatedLookup(subject)).toEqual({
      storyId: 's1',
      entityKeys: ['person:dmitry-medvedev', 'place:kremlin'],
      bandKeys: subject.signature.bandKeys,
      linkedKeys: ['url:example.com/explainer'],
    });
  });
});
