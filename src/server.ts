import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type BaseContext } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { resolvers } from '../resolvers/index.js';
import { InputError } from './domain/input-error.js';
import type { GraphContext } from './context.js';
import { createLoaders } from './loaders.js';
import type { Logger } from './logger.js';
import { loadTypeDefs } from './schema.js';
import type { Services } from './services.js';
import type { Repositories } from './storage/repositories.js';

export interface ServerOptions {
  production: boolean;
  /** Largest HTTP request body accepted (inline ingest documents travel in it). */
  maxBodyBytes: number;
  services: Services;
  repos: Repositories;
  log: Logger;
  /** Readiness of the database, for /health. */
  ping: () => Promise<void>;
}

export interface GatewayServer {
  apollo: ApolloServer<GraphContext>;
  http: http.Server;
  listen(port: number, host: string): Promise<string>;
  stop(): Promise<void>;
}

const MASKED_CODES = new Set(['INTERNAL_SERVER_ERROR']);

/** Builds the Apollo server (not yet listening). */
export function createApollo(options: Omit<ServerOptions, 'maxBodyBytes' | 'ping'>, httpServer?: http.Server): ApolloServer<GraphContext> {
  const { production, log } = options;
  return new ApolloServer<GraphContext>({
    typeDefs: loadTypeDefs(),
    resolvers: resolvers as never,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    csrfPrevention: true,
    plugins: [
      production ? ApolloServerPluginLandingPageDisabled() : ApolloServerPluginLandingPageLocalDefault({ embed: true, includeCookies: false }),
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

export function contextFor(options: Pick<ServerOptions, 'services' | 'repos'>): GraphContext {
  return { loaders: createLoaders(options.repos), services: options.services };
}

/** HTTP front: /graphql (Apollo, incl. the Sandbox landing page), /health; everything else 404. */
export async function createGatewayServer(options: ServerOptions): Promise<GatewayServer> {
  const server = http.createServer();
  const apollo = createApollo(options, server);
  await apollo.start();
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
    if (url.pathname !== '/graphql') return send(res, 404, { error: `no route ${url.pathname}; the API is at /graphql` });
    if (req.method !== 'GET' && req.method !== 'POST' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, POST');
      return send(res, 405, { error: `method ${req.method ?? ''} is not allowed on /graphql` });
    }
    const body = await readBody(req, options.maxBodyBytes);
    if (body.kind === 'too-large') return send(res, 413, { error: `request body is larger than ${options.maxBodyBytes} bytes` });
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    let parsed: unknown = undefined;
    if (body.text.length > 0 && (headers.get('content-type') ?? '').includes('json')) {
      try {
        parsed = JSON.parse(body.text);
      } catch (error) {
        return send(res, 400, { errors: [{ message: `request body is not valid JSON: ${(error as Error).message}`, extensions: { code: 'BAD_REQUEST' } }] });
      }
    } else if (body.text.length > 0) {
      parsed = body.text;
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method.toUpperCase(), headers, search: url.search, body: parsed },
      context: async () => contextFor(options),
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
    stop: () => apollo.stop(),
  };
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

async function readBody(req: http.IncomingMessage, limit: number): Promise<{ kind: 'ok'; text: string } | { kind: 'too-large' }> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    return { kind: 'too-large' };
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req) {
    total += (chunk as Buffer).length;
    if (total > limit) {
      req.resume();
      return { kind: 'too-large' };
    }
    chunks.push(chunk as Buffer);
  }
  return { kind: 'ok', text: Buffer.concat(chunks).toString('utf8') };
}

export type { BaseContext };
