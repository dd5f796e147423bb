import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { unwrapResolverError } from '@apollo/server/errors';
import { NoSchemaIntrospectionCustomRule, specifiedRules, validate, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { resolvers } from '../resolvers/index.js';
import type { ApiKeyRing } from './api-keys.js';
import { requireKeyForMutations } from './auth-plugin.js';
import { InputError } from './domain/input-error.js';
import type { GraphContext } from './context.js';
import { createLoaders } from './loaders.js';
import type { Logger } from './logger.js';
import { queryLimits } from './limits-plugin.js';
import type { QueryLimits } from './limits/index.js';
import { publishedFeed } from './published-feeds.js';
import { readBody } from './read-body.js';
import { loadTypeDefs } from './schema.js';
import type { Services } from './services.js';
import type { Repositories } from './storage/repositories.js';

export interface ServerOptions {
  production: boolean;
  limits: QueryLimits;
  apiKeys: ApiKeyRing;
  /** Public base URL for links (published feeds); default: from the request's Host header. */
  publicUrl: string | undefined;
  /** Largest HTTP request body accepted (inline ingest documents travel in it). */
  maxBodyBytes: number;
  services: Services;
  repos: Repositories;
  log: Logger;
  /** Readiness of the database, for /health. */
  ping: () => Promise<void>;
  /** WebSub callbacks at /websub/<sourceId> (set when WebSub is on). */
  websub?: { handle(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> };
}

export interface GatewayServer {
  apollo: ApolloServer<GraphContext>;
  http: http.Server;
  listen(port: number, host: string): Promise<string>;
  stop(): Promise<void>;
}

const MASKED_CODES = new Set(['INTERNAL_SERVER_ERROR']);

let schema: GraphQLSchema | undefined;

/** The SDL with its resolvers, built once per process and shared by HTTP and WebSocket. */
export function executableSchema(): GraphQLSchema {
  schema ??= makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers: resolvers as never });
  return schema;
}

/** Builds the Apollo server (not yet listening). */
export function createApollo(options: Pick<ServerOptions, 'production' | 'log' | 'limits'>, httpServer?: http.Server): ApolloServer<GraphContext> {
  const { production, log } = options;
  return new ApolloServer<GraphContext>({
    schema: executableSchema(),
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    csrfPrevention: true,
    plugins: [
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
      requireKeyForMutations(),
      queryLimits(options.limits),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
    ],
    // Unexpected errors are bugs: the caller gets a generic message, the log gets everything.
    formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
      const original = unwrapResolverError(error);
      if (original instanceof InputError) {
        return { ...formatted, message: original.message, extensions: { code: 'BAD_USER_INPUT', ...(original.argument ? { argument: original.argument } : {}) } };
      }
      const code = formatted.extensions?.code;
      if (typeof code === 'string' && MASKED_CODES.has(code)) {
        log.error({ err: original, path: formatted.path }, 'unexpected error while resolving');
        return { message: 'Internal server error', ...(formatted.path ? { path: formatted.path } : {}), extensions: { code } };
      }
      return formatted;
    },
  });
}

export function contextFor(options: Pick<ServerOptions, 'services' | 'repos'>, caller: string | undefined, baseUrl: string): GraphContext {
  return { loaders: createLoaders(options.repos), services: options.services, caller, baseUrl };
}

/** Where clients reach us: the configured public URL, else this request's Host. */
function baseUrlOf(req: http.IncomingMessage, publicUrl: string | undefined): string {
  if (publicUrl) return publicUrl;
  const host = req.headers.host && /^[A-Za-z0-9.:[\]-]+$/.test(req.headers.host) ? req.headers.host : 'localhost';
  return `http://${host}`;
}

/** HTTP front: /graphql (Apollo, incl. the Sandbox landing page), /health; everything else 404. */
export async function createGatewayServer(options: ServerOptions): Promise<GatewayServer> {
  const server = http.createServer();
  const apollo = createApollo(options, server);
  await apollo.start();
  const sockets = liveEndpoint(server, options);
  server.on('request', (req, res) => {
    handle(req, res).catch((error: unknown) => {
      options.log.error({ err: error }, 'request failed');
      if (!res.headersSent) send(res, 500, { error: 'internal server error' });
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/health') {
      try {
        await options.ping();
        return send(res, 200, { status: 'ok', database: 'ok' });
      } catch (error) {
        return send(res, 503, { status: 'unavailable', database: (error as Error).message });
      }
    }
    if (url.pathname === '/' && req.method === 'GET') {
      res.writeHead(302, { location: '/graphql' }).end();
      return;
    }
    if (url.pathname.startsWith('/websub/') && options.websub) return options.websub.handle(req, res, url);
    if (url.pathname.startsWith('/feeds/') && (req.method === 'GET' || req.method === 'HEAD')) {
      const published = await publishedFeed(url.pathname, req.headers, baseUrlOf(req, options.publicUrl), { repos: options.repos, feeds: options.services.feeds });
      if (published) {
        res.writeHead(published.status, published.headers).end(req.method === 'HEAD' ? undefined : published.body);
        return;
      }
    }
    if (url.pathname !== '/graphql') return send(res, 404, { error: `no route ${url.pathname}; the API is at /graphql` });
    if (req.method !== 'GET' && req.method !== 'POST' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, POST');
      return send(res, 405, { error: `method ${req.method ?? ''} is not allowed on /graphql` });
    }
    const raw = await readBody(req, options.maxBodyBytes);
    if (!raw) return send(res, 413, { error: `request body is larger than ${options.maxBodyBytes} bytes` });
    const text = raw.toString('utf8');
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    let parsed: unknown = undefined;
    if (text.length > 0 && (headers.get('content-type') ?? '').includes('json')) {
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        return send(res, 400, { errors: [{ message: `request body is not valid JSON: ${(error as Error).message}`, extensions: { code: 'BAD_REQUEST' } }] });
      }
    } else if (text.length > 0) {
      parsed = text;
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: url.search, body: parsed },
      context: async () =>
        contextFor(options, options.apiKeys.identify({ authorization: req.headers.authorization, 'x-api-key': headerValue(req.headers['x-api-key']) }), baseUrlOf(req, options.publicUrl)),
    });
    for (const [name, value] of response.headers) res.setHeader(name, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return {
    apollo,
    http: server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          resolve(`http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}/graphql`);
        });
      }),
    stop: async () => {
      await sockets.dispose();
      await apollo.stop();
    },
  };
}

/**
 * Subscriptions over WebSocket (graphql-ws) on the same port and path as queries. The API key may be
 * sent in `connectionParams.apiKey` or the upgrade request's headers. Production refuses
 * introspection here too, as over HTTP.
 */
function liveEndpoint(server: http.Server, options: ServerOptions): { dispose(): Promise<void> } {
  const wss = new WebSocketServer({ server, path: '/graphql' });
  const rules = options.production ? [...specifiedRules, NoSchemaIntrospectionCustomRule] : specifiedRules;
  const cleanup = useServer<{ apiKey?: unknown }>(
    {
      schema: executableSchema(),
      validate: (schema, document) => validate(schema, document, rules),
      context: (ctx) => {
        const key = typeof ctx.connectionParams?.apiKey === 'string' ? ctx.connectionParams.apiKey : undefined;
        const headers = ctx.extra.request.headers;
        const caller = options.apiKeys.identify({ authorization: key ? `Bearer ${key}` : headers.authorization, 'x-api-key': headerValue(headers['x-api-key']) });
        return contextFor(options, caller, baseUrlOf(ctx.extra.request, options.publicUrl));
      },
      onError: (_ctx, _id, _payload, errors) => {
        for (const error of errors) if (!error.extensions?.code) options.log.error({ err: error }, 'subscription error');
      },
    },
    wss,
  );
  return {
    async dispose() {
      await cleanup.dispose();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

export type { BaseContext };
