import { describe, expect, it } from 'vitest';
import { EMPTY_SET, definitionProblems, type FeedDefinition } from '../../src/domain/feed-definition.js';
import { highlight, queryTerms, snippet } from '../../src/feeds/highlight.js';
import { matchesDefinition } from '../../src/feeds/match-article.js';
import type { ArticleDoc } from '../../src/storage/documents.js';

const article = (over: Partial<ArticleDoc> = {}): ArticleDoc => ({
  _id: 'a1', keys: ['url:https://x.example/a'], title: 'Flood barriers approved', summary: 'Cities agree a plan.', bodyText: 'The flood-defence plan was approved on Monday.',
  authorIds: ['p-author'], personIds: ['p-mayor'], mentions: [], topicIds: ['t-climate', 't-cities'], sourceIds: ['s-1', 's-2'], sightings: [], images: [], relatedLinks: [],
  contentHash: 'h', revision: 1, firstSeenAt: new Date('2025-10-14T10:00:00Z'), lastChangedAt: new Date('2025-10-14T10:00:00Z'), changeCount: 0,
  sortDate: new Date('2025-10-14T09:00:00Z'), language: 'en-GB', ...over,
});
const definition = (over: Partial<FeedDefinition> = {}): FeedDefinition => ({ topics: EMPTY_SET, people: EMPTY_SET, sources: EMPTY_SET, stories: EMPTY_SET, languages: [], ranking: 'NEWEST', weights: [], ...over });
const now = new Date('2025-10-15T00:00:00Z');

describe('matchesDefinition', () => {
  it('applies any/all/none sets, people as authors or mentions, and sources', () => {
    expect(matchesDefinition(article(), definition({ topics: { any: ['t-climate', 't-x'], all: [], none: [] } }), now)).toBe(true);
    expect(matchesDefinition(article(), definition({ topics: { any: [], all: ['t-climate', 't-x'], none: [] } }), now)).toBe(false);
    expect(matchesDefinition(article(), definition({ topics: { any: [], all: [], none: ['t-cities'] } }), now)).toBe(false);
    expect(matchesDefinition(article(), definition({ people: { any: ['p-author'], all: [], none: [] } }), now)).toBe(true);
    expect(matchesDefinition(article(), definition({ sources: { any: [], all: [], none: ['s-2'] } }), now)).toBe(false);
  });

  it('applies windows, languages, minimum sources and text', () => {
    expect(matchesDefinition(article(), definition({ window: { lastHours: 24 } }), now)).toBe(true);
    expect(matchesDefinition(article(), definition({ window: { lastHours: 12 } }), now)).toBe(false);
    expect(matchesDefinition(article(), definition({ languages: ['en'] }), now)).toBe(true);
    expect(matchesDefinition(article(), definition({ languages: ['fr'] }), now)).toBe(false);
    expect(matchesDefinition(article(), definition({ minSources: 3 }), now)).toBe(false);
    expect(matchesDefinition(article(), definition({ text: 'flood defence' }), now)).toBe(true);
    expect(matchesDefinition(article(), definition({ text: 'flood drought' }), now)).toBe(false);
  });
});

describe('definitionProblems', () => {
  it('finds contradictions, empty windows and bad numbers', () => {
    expect(definitionProblems(definition({ window: { lastHours: 5, after: new Date() }, minSources: 0 })).map((p) => p.field)).toEqual(['window', 'minSources']);
    expect(definitionProblems(definition({ topics: { any: ['t'], all: [], none: ['t'] } }))).toEqual([{ field: 'topics.none', message: 'topics: the same id is both required and excluded, so nothing can match' }]);
  });
});

describe('highlight and snippet', () => {
  it('marks words starting with a query term, escaping HTML', () => {
    expect(queryTerms('Flood "sea level" -drought')).toEqual(['flood', 'sea', 'level']);
    expect(highlight('Floods & <sea> walls', ['flood', 'sea'])).toBe('<mark>Floods</mark> &amp; &lt;<mark>sea</mark>&gt; walls');
  });

  it('picks the passage with the most hits and marks where it was cut', () => {
    const text = `${'Intro words here. '.repeat(20)}The flood came and the flood went. ${'Outro words here. '.repeat(20)}`;
    const result = snippet(text, ['flood'], 80);
    expect(result.startsWith('… ')).toBe(true);
    expect(result.endsWith(' …')).toBe(true);
    expect(result.match(/<mark>flood<\/mark>/g)).toHaveLength(2);
  });
});
