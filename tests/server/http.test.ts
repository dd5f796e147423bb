import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiKeyRing } from '../../src/api-keys.js';
import { createGatewayServer, type GatewayServer } from '../../src/server.js';
import { openTestDb, type TestDb } from '../support/test-db.js';
import { ingestDemo, testServices } from '../support/app.js';

async function start(t: TestDb, production: boolean): Promise<{ server: GatewayServer; url: string }> {
  const services = testServices(t.repos);
  const server = await createGatewayServer({
    production,
    apiKeys: new ApiKeyRing([{ name: 'tester', secret: 'tester-secret-key' }]),
    limits: { maxDepth: 8, maxAliases: 5, maxCost: 3000 },
    publicUrl: undefined,
    maxBodyBytes: 64 * 1024,
    services,
    repos: t.repos,
    log: pino({ level: 'silent' }),
    ping: async () => void (await t.db.command({ ping: 1 })),
  });
  const url = await server.listen(0, '127.0.0.1');
  return { server, url };
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe('HTTP server', () => {
  let t: TestDb;
  let dev: { server: GatewayServer; url: string };
  let prod: { server: GatewayServer; url: string };

  beforeAll(async () => {
    t = await openTestDb('http');
    await ingestDemo(testServices(t.repos));
    dev = await start(t, false);
    prod = await start(t, true);
  });
  afterAll(async () => {
    await dev?.server.stop();
    await prod?.server.stop();
    await t?.cleanup();
  });

  it('answers GraphQL over HTTP', async () => {
    const response = await post(dev.url, { query: '{ articles(first: 1) { nodes { title } } }' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      data: { articles: { nodes: [{ title: 'Energy stocks climb as solar orders surge' }] } },
      extensions: { cost: { cost: 3, depth: 3, aliases: 0, maxCost: 3000, maxDepth: 8, maxAliases: 5 } },
    });
  });

  it('refuses operations over the depth, alias and cost limits, saying which and why', async () => {
    const costly = await post(dev.url, { query: '{ articles(first: 100) { nodes { related(first: 100) { title } } } }' });
    expect(costly.status).toBe(400);
    const body = (await costly.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.message).toMatch(/^operation refused: query cost \d+ exceeds the limit of 3000 \(articles\(first: 100\) × related\(first: 100\)/);
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limits: { maxCost: 3000 } });
    const aliased = await post(dev.url, { query: `{ ${Array.from({ length: 6 }, (_, i) => `a${i}: articles(first: 1) { totalCount }`).join(' ')} }` });
    expect(((await aliased.json()) as { errors: { message: string }[] }).errors[0]?.message).toBe('operation refused: query uses 6 aliased fields, more than the limit of 5; fetch many objects with one field (nodes(ids:), a filter with several ids) instead');
    const deep = await post(dev.url, { query: '{ articles(first: 1) { nodes { authors { articles(first: 1) { nodes { topics { articles(first: 1) { nodes { title } } } } } } } } }' });
    expect(((await deep.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/depth 9 exceeds the limit of 8/);
  });

  it('reports health with the database state', async () => {
    const response = await fetch(dev.url.replace('/graphql', '/health'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('serves the Apollo Sandbox landing page in development', async () => {
    const response = await fetch(dev.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/embeddable-sandbox|sandbox/i);
  });

  it('blocks CSRF-prone requests (GET without a preflight-forcing header)', async () => {
    const response = await fetch(`${dev.url}?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
    const allowed = await fetch(`${dev.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(allowed.status).toBe(200);
  });

  it('refuses oversized bodies, bad JSON and unknown routes with clear errors', async () => {
    const big = await post(dev.url, { query: '{ __typename }', padding: 'x'.repeat(70 * 1024) });
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({ error: 'request body is larger than 65536 bytes' });
    const bad = await fetch(dev.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toMatch(/request body is not valid JSON/);
    const missing = await fetch(dev.url.replace('/graphql', '/nope'));
    expect(missing.status).toBe(404);
  });

  it('requires an API key for mutations and names the key in the error', async () => {
    const mutation = { query: 'mutation { addSource(url: "https://keyed.example/rss") { created } }' };
    const anonymous = await post(dev.url, mutation);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ errors: [{ message: 'mutations require an API key: send it as `Authorization: Bearer <key>` or `X-API-Key: <key>`', extensions: { code: 'UNAUTHENTICATED' } }] });
    const wrong = await post(dev.url, mutation, { authorization: 'Bearer not-the-key' });
    expect(wrong.status).toBe(401);
    const keyed = await post(dev.url, mutation, { authorization: 'Bearer tester-secret-key' });
    expect(await keyed.json()).toMatchObject({ data: { addSource: { created: true } } });
    const viaHeader = await post(dev.url, mutation, { 'x-api-key': 'tester-secret-key' });
    expect(await viaHeader.json()).toMatchObject({ data: { addSource: { created: false } } });
  });

  describe('with NODE_ENV=production', () => {
    it('has no landing page', async () => {
      const response = await fetch(prod.url, { headers: { accept: 'text/html' } });
      expect(await response.text()).not.toMatch(/sandbox/i);
    });

    it('refuses introspection', async () => {
      const response = await post(prod.url, { query: '{ __schema { types { name } } }' });
      const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]?.message).toMatch(/introspection is not allowed/i);
      expect(body.errors[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('sends errors without stack traces', async () => {
      type Body = { errors: { extensions: Record<string, unknown> }[] };
      const query = { query: '{ articles(first: 0) { totalCount } }' };
      const devBody = (await (await post(dev.url, query)).json()) as Body;
      const prodBody = (await (await post(prod.url, query)).json()) as Body;
      expect(devBody.errors[0]?.extensions.stacktrace).toBeDefined();
      expect(prodBody.errors[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
    });
  });
});
