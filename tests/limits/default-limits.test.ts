import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { analyzeOperation, DEFAULT_LIMITS, limitViolations } from '../../src/limits/index.js';
import { loadTypeDefs } from '../../src/schema.js';

const schema = buildSchema(loadTypeDefs().join('\n'));
const CARD = 'id title url publishedAt summary authors { id name } topics { id name } sources { id title }';
const RELATED = 'related { title score article { id title } }';

function analyze(query: string) {
  const document = parse(query);
  expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  return analyzeOperation(schema, document, undefined, {});
}

/** The examples the DEFAULT_LIMITS comment gives: if the schema or the model changes them, the comment must change too. */
describe('DEFAULT_LIMITS', () => {
  it('has the documented values', () => {
    expect(DEFAULT_LIMITS).toEqual({ maxDepth: 12, maxAliases: 30, maxCost: 10_000 });
  });

  it('lets a full dashboard page through', () => {
    const a = analyze(`{ articles(first: 100) { pageInfo { endCursor hasNextPage } nodes { ${CARD} } } }`);
    expect(a.cost).toBe(6805);
    expect(limitViolations(a)).toEqual([]);
  });

  it('refuses 100 articles with their related stories, but not 50', () => {
    const full = analyze(`{ articles(first: 100) { pageInfo { endCursor hasNextPage } nodes { ${CARD} ${RELATED} } } }`);
    expect(full.cost).toBe(11905);
    expect(limitViolations(full)).toEqual([
      'query cost 11905 exceeds the limit of 10000 (articles(first: 100) × related(first: 10 by default) …); ask for smaller pages with `first` or split the query',
    ]);
    const half = analyze(`{ articles(first: 50) { pageInfo { endCursor hasNextPage } nodes { ${CARD} ${RELATED} } } }`);
    expect(half.cost).toBe(5955);
    expect(limitViolations(half)).toEqual([]);
  });

  it('refuses two nested full pages', () => {
    expect(analyze('{ articles(first: 100) { nodes { related(first: 100) { title } } } }').cost).toBe(10102);
  });

  it('allows the ten-level walk named in the comment, and not two levels more', () => {
    const walk = 'articles(first: 1) { edges { node { related(first: 1) { article { authors { articles(first: 1) { nodes { topics { name } } } } } } } } }';
    expect(analyze(`{ ${walk} }`).depth).toBe(10);
    const deeper = analyze('{ articles(first: 1) { edges { node { related(first: 1) { article { authors { articles(first: 1) { nodes { source { articles(first: 1) { edges { node { title } } } } } } } } } } } } }');
    expect(deeper.depth).toBe(13);
    expect(limitViolations(deeper)).toEqual([
      'query depth 13 exceeds the limit of 12 (articles > edges > node > related > article > authors > articles > nodes > source > articles > edges > node > title); select fewer nested levels',
    ]);
  });

  it('counts 30 aliases as fine and 31 as too many', () => {
    const lookups = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `t${i}: topic(slug: "s${i}") { name }`).join(' ')} }`;
    expect(limitViolations(analyze(lookups(30)))).toEqual([]);
    expect(limitViolations(analyze(lookups(31)))).toEqual([
      'query uses 31 aliased fields, more than the limit of 30; fetch many objects with one field (nodes(ids:), a filter with several ids) instead',
    ]);
  });
});

describe('limitViolations', () => {
  it('reports every limit exceeded, and works on a bare { depth, aliases, cost }', () => {
    expect(limitViolations({ depth: 20, aliases: 40, cost: 50_000 }, { maxDepth: 10, maxAliases: 5, maxCost: 1000 })).toEqual([
      'request depth 20 exceeds the limit of 10; select fewer nested levels',
      'request uses 40 aliased fields, more than the limit of 5; fetch many objects with one field (nodes(ids:), a filter with several ids) instead',
      'request cost 50000 exceeds the limit of 1000; ask for smaller pages with `first` or split the request',
    ]);
    expect(limitViolations({ depth: 10, aliases: 5, cost: 1000 }, { maxDepth: 10, maxAliases: 5, maxCost: 1000 })).toEqual([]);
  });

  it('names mutations as such', () => {
    const a = analyze('mutation { ingest(input: { url: "https://x.example/feed" }) { articles { related(first: 100) { article { authors { name } } } } } }');
    // ingest 1 + articles (1 + 10 × related (1 + 100 × article (1 + authors (1 + 10 × name 1))))
    expect(limitViolations(a)).toEqual([
      'mutation cost 12012 exceeds the limit of 10000 (articles (list, 10 assumed) × related(first: 100) × authors (list, 10 assumed) …); ask for smaller pages with `first` or split the mutation',
    ]);
  });
});
