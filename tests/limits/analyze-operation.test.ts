import { buildSchema, getIntrospectionQuery, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { analyzeOperation, DEFAULT_LIMITS, limitViolations } from '../../src/limits/index.js';
import { loadTypeDefs } from '../../src/schema.js';

const schema = buildSchema(loadTypeDefs().join('\n'));

/** Analyzes a query that must be valid against the real schema (so the examples stay true to it). */
function analyze(query: string, variables: Record<string, unknown> = {}, operationName?: string) {
  const document = parse(query);
  expect(validate(schema, document).map((e) => e.message)).toEqual([]);
  return analyzeOperation(schema, document, operationName, variables);
}

describe('depth', () => {
  it('counts field nesting, not __typename', () => {
    expect(analyze('{ articles(first: 5) { nodes { title } } }').depth).toBe(3);
    expect(analyze('{ articles(first: 5) { nodes { __typename } } }').depth).toBe(2);
    const a = analyze('{ articles(first: 5) { edges { node { related { article { authors { name } } } } } } }');
    expect(a.depth).toBe(7);
    expect(a.deepestPath).toEqual(['articles', 'edges', 'node', 'related', 'article', 'authors', 'name']);
  });

  it('goes through fragments without adding depth for them', () => {
    const a = analyze(`
      query { articles(first: 5) { ...Page } }
      fragment Page on ArticleConnection { nodes { ...Card } }
      fragment Card on Article { title ... on Article { source { title } } }`);
    expect(a.depth).toBe(4);
    expect(a.deepestPath).toEqual(['articles', 'nodes', 'source', 'title']);
  });
});

describe('aliases', () => {
  it('counts aliased fields, including in fragments and on __typename', () => {
    expect(analyze('{ a: article(id: "1") { title } b: article(id: "2") { t: title } }').aliases).toBe(3);
    expect(analyze('{ article(id: "1") { ...F } } fragment F on Article { x: title y: __typename }').aliases).toBe(2);
    expect(analyze('{ articles(first: 1) { nodes { title } } }').aliases).toBe(0);
  });
});

describe('cost', () => {
  it('costs 1 per field, multiplying a connection’s lists (not its pageInfo) by first', () => {
    // articles 1 + nodes (1 + 100 × title 1) + pageInfo (1 + 1)
    expect(analyze('{ articles(first: 100) { nodes { title } pageInfo { hasNextPage } } }').cost).toBe(1 + (1 + 100) + 2);
    expect(analyze('{ articles(first: 100) { edges { cursor node { title } } nodes { id } } }').cost).toBe(1 + (1 + 100 * 3) + (1 + 100));
  });

  it('multiplies nested lists, using the schema default of first and 10 for lists without one', () => {
    // related(first: Int! = 10); authors is a plain list: 10 assumed
    const a = analyze('{ article(id: "1") { related { title article { authors { name } } } } }');
    expect(a.cost).toBe(1 + (1 + 10 * (1 + (1 + (1 + 10 * 1)))));
    expect(a.costFactors).toEqual(['related(first: 10 by default)', 'authors (list, 10 assumed)']);
  });

  it('reads first from variables and variable defaults; unusable values count as the default', () => {
    const query = 'query Page($n: Int!, $m: Int! = 3) { articles(first: $n) { nodes { related(first: $m) { title } } } }';
    // articles 1 + nodes (1 + n × related (1 + m × title 1))
    expect(analyze(query, { n: 20 }).cost).toBe(1 + (1 + 20 * (1 + 3 * 1)));
    expect(analyze(query, { n: 20, m: 7 }).cost).toBe(1 + (1 + 20 * (1 + 7 * 1)));
    const fallback = 1 + (1 + 10 * (1 + 3 * 1));
    expect(analyze(query, { n: 'many' }).cost).toBe(fallback);
    expect(analyze(query, { n: -50 }).cost).toBe(fallback);
    expect(analyze(query, { n: null }).cost).toBe(fallback);
    expect(analyze(query, {}).cost).toBe(fallback);
    expect(analyze(query, { n: 2.5 }).cost).toBe(1 + (1 + 3 * (1 + 3 * 1)));
  });

  it('does not let a variable named after an Object.prototype member leak in', () => {
    const a = analyze('query ($constructor: Int!) { articles(first: $constructor) { nodes { id } } }', {});
    expect(a.cost).toBe(1 + (1 + 10));
  });

  it('sizes id lookups by the number of ids', () => {
    expect(analyze('{ nodes(ids: ["a", "b", "c"]) { id } }').cost).toBe(1 + 3 * 1);
    expect(analyze('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 50 }, (_, i) => String(i)) }).cost).toBe(1 + 50);
  });

  it('counts the costliest of the alternatives on an interface, plus the common fields', () => {
    const a = analyze(`{ node(id: "1") { id ... on Article { title authors { name } } ... on Person { name aliases } ...TopicBits } }
      fragment TopicBits on Topic { articles(first: 50) { nodes { title } } }`);
    // id 1 + max(Article: 1 + 11, Person: 2, Topic: 1 + (1 + 50)) = 1 + 52
    expect(a.cost).toBe(1 + 1 + 52);
    expect(a.costFactors).toEqual(['articles(first: 50)']);
  });

  it('measures a fragment spread twice in one selection once, as execution merges it', () => {
    const once = analyze('{ article(id: "1") { ...F } } fragment F on Article { title summary }').cost;
    expect(analyze('{ article(id: "1") { ...F ...F } } fragment F on Article { title summary }').cost).toBe(once);
  });

  it('names the multiplying fields in the refusal', () => {
    const a = analyze('{ articles(first: 100) { nodes { related(first: 100) { article { title } } } } }');
    expect(a.cost).toBe(1 + (1 + 100 * (1 + 100 * (1 + 1))));
    expect(limitViolations(a)).toEqual([
      'query cost 20102 exceeds the limit of 10000 (articles(first: 100) × related(first: 100) …); ask for smaller pages with `first` or split the query',
    ]);
  });

  it('costs mutations like queries', () => {
    const a = analyze('mutation { ingest(input: { url: "https://x.example/feed" }) { newCount articles { title authors { name } } errors { message } } }');
    expect(a.operation).toBe('mutation');
    expect(a.cost).toBe(1 + 1 + (1 + 10 * (1 + (1 + 10))) + (1 + 10 * 1));
  });
});

describe('introspection', () => {
  it('lets the standard introspection query through at a flat cost', () => {
    const a = analyze(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }));
    expect(a).toMatchObject({ cost: 100, depth: 4 });
    expect(limitViolations(a)).toEqual([]);
    expect(analyze('{ __type(name: "Article") { name fields { name type { name ofType { name ofType { name } } } } } }')).toMatchObject({ cost: 100, depth: 2 });
  });

  it('refuses cyclic introspection that fans out list after list', () => {
    // graphql 16.9+ validation refuses this too (MaxIntrospectionDepthRule); the cost model does not rely on it
    const a = analyzeOperation(schema, parse('{ __schema { types { fields { type { fields { type { fields { type { fields { type { fields { name } } } } } } } } } } } }'), undefined, {});
    expect(a.depth).toBe(7);
    expect(a.cost).toBe(100 * 10 ** 3);
    expect(limitViolations(a)[0]).toContain('__schema (introspection 6 lists deep)');
  });
});

describe('operations and fragments', () => {
  const document = 'query Small { article(id: "1") { title } } query Big { articles(first: 100) { nodes { authors { name } } } }';

  it('analyzes the named operation', () => {
    expect(analyze(document, {}, 'Small').cost).toBe(2);
    expect(analyze(document, {}, 'Big').cost).toBe(1 + (1 + 100 * (1 + 10)));
  });

  it('assumes the worst when the operation to run is ambiguous or unknown (execution will refuse it)', () => {
    const doc = parse(document);
    expect(analyzeOperation(schema, doc, undefined, {}).cost).toBe(1 + (1 + 100 * (1 + 10)));
    expect(analyzeOperation(schema, doc, 'Missing', {}).cost).toBe(1 + (1 + 100 * (1 + 10)));
    expect(analyzeOperation(schema, parse('fragment F on Article { title }'), undefined, {})).toMatchObject({ operation: undefined, cost: 0, depth: 0, aliases: 0 });
  });

  it('does not hang on fragment cycles (invalid, but parsed documents reach it)', () => {
    const cyclic = parse(`{ article(id: "1") { ...A } }
      fragment A on Article { title related { article { ...B } } }
      fragment B on Article { summary ...A }
      fragment Self on Article { ...Self }`);
    const a = analyzeOperation(schema, cyclic, undefined, {});
    expect(a.depth).toBe(4);
    expect(Number.isFinite(a.cost)).toBe(true);
  });

  it('stays fast and finite on a fragment bomb', () => {
    const levels = 40;
    const fragments = Array.from({ length: levels }, (_, i) =>
      `fragment F${i} on Article { related { a: article { ${i + 1 < levels ? `...F${i + 1}` : 'title'} } b: article { ${i + 1 < levels ? `...F${i + 1}` : 'title'} } } }`);
    const started = performance.now();
    const a = analyzeOperation(schema, parse(`{ article(id: "1") { ...F0 } } ${fragments.join('\n')}`), undefined, {});
    expect(performance.now() - started).toBeLessThan(2000);
    expect(a.cost).toBe(Number.MAX_SAFE_INTEGER);
    expect(a.aliases).toBeGreaterThan(DEFAULT_LIMITS.maxAliases);
    expect(limitViolations(a).length).toBeGreaterThan(0);
  });
});

describe('never throws on what the parser accepts', () => {
  const odd = [
    '{ nope { deeper } }',
    '{ articles(first: "ten") { nodes { title } } }',
    '{ articles(first: 1e3) { nodes { title } } }',
    '{ articles(first: $undeclared) { nodes { title } } }',
    'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
    '{ ...Missing }',
    '{ ... on NoSuchType { x } }',
    'subscription { anything }',
    '{ node(id: "1") { ... on Speaker { __typename } } }',
    '{ __schema { ...Cycle } } fragment Cycle on __Schema { types { ...Cycle2 } } fragment Cycle2 on __Type { fields { type { ...Cycle2 } } }',
    `{ ${'article(id: "1") { related { article { '.repeat(300)}title${' } } }'.repeat(300)} }`,
  ];
  it.each(odd)('%s', (query) => {
    const a = analyzeOperation(schema, parse(query), undefined, { x: { nested: true } });
    for (const n of [a.cost, a.depth, a.aliases]) expect(Number.isSafeInteger(n) && n >= 0).toBe(true);
  });

  it('treats missing variables (null from a client) as none', () => {
    const a = analyzeOperation(schema, parse('query ($n: Int) { articles(first: $n) { nodes { id } } }'), undefined, null as unknown as Record<string, unknown>);
    expect(a.cost).toBe(1 + (1 + 10));
  });
});
