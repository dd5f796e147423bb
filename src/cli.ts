import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { ConfigError, loadConfig, type Config } from './config.js';
import { fetchDocument } from './ingest/fetch/fetch-document.js';
import { enrichDraft } from './ingest/enrich-draft.js';
import { extractArticle } from './ingest/extract/extract-article.js';
import { parseFeed } from './ingest/parse/parse-feed.js';
import { issueFromError } from './ingest/ingest-issue.js';
import { createApp, startGateway } from './main.js';
import { sourcesCommand } from './sources/sources-command.js';

/** A file path or an http(s) URL, read as bytes with whatever the server said about it. */
async function readInput(input: string, config: Config): Promise<{ body: Uint8Array; url?: string; contentType?: string; headers?: Record<string, string> }> {
  if (/^https?:\/\//i.test(input)) {
    const fetched = await fetchDocument(input, { timeoutMs: config.fetchTimeoutMs, maxBytes: config.maxDocumentBytes, allowLoopback: config.allowLoopbackFetch });
    return { body: fetched.body, url: fetched.url, headers: fetched.headers, ...(fetched.contentType ? { contentType: fetched.contentType } : {}) };
  }
  return { body: await readFile(path.resolve(input)) };
}

function contentTypeFor(file: string): string | undefined {
  const ext = path.extname(file).toLowerCase();
  return ({ '.html': 'text/html', '.htm': 'text/html', '.txt': 'text/plain', '.json': 'application/feed+json', '.xml': 'application/xml', '.rss': 'application/rss+xml', '.atom': 'application/atom+xml' } as Record<string, string>)[ext];
}

function fail(error: unknown): never {
  const issue = issueFromError(error);
  process.stderr.write(`newsgraph: ${issue ? `${issue.code}: ${issue.message}` : error instanceof Error ? error.message : String(error)}\n`);
  process.exit(issue ? 2 : 1);
}

function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

const program = new Command()
  .name('newsgraph')
  .description('GraphQL news aggregation gateway: feeds and article pages in, one news graph out.')
  .showHelpAfterError();

program
  .command('serve')
  .description('serve the graph over HTTP (GraphQL at /graphql, health at /health)')
  .option('-p, --port <port>', 'port to listen on (default $PORT or 4000)', (v) => {
    const port = Number(v);
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('a port is an integer from 0 to 65535');
    return port;
  })
  .action(async (options: { port?: number }) => {
    const config = loadConfig();
    const gateway = await startGateway({ ...config, ...(options.port !== undefined ? { port: options.port } : {}) });
    process.stdout.write(`newsgraph serving at ${gateway.url}\n`);
    const shutdown = () => {
      gateway.stop().then(() => process.exit(0), () => process.exit(1));
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });

program
  .command('ingest')
  .description('ingest feeds, article pages or text documents (files or URLs) into the graph')
  .argument('<inputs...>', 'files or http(s) URLs')
  .option('--source <url>', 'file the documents under this source URL')
  .option('--content-type <type>', 'media type of the files (default: from the file extension or the server)')
  .action(async (inputs: string[], options: { source?: string; contentType?: string }) => {
    const app = await createApp(loadConfig());
    let failed = 0;
    try {
      for (const input of inputs) {
        const isUrl = /^https?:\/\//i.test(input);
        const content = isUrl ? undefined : await readFile(path.resolve(input)).catch((error: Error) => error);
        if (content instanceof Error) {
          failed++;
          process.stderr.write(`${input}: cannot read: ${content.message}\n`);
          continue;
        }
        const contentType = options.contentType ?? (isUrl ? undefined : contentTypeFor(input));
        const report = await app.services.pipeline.ingest({
          ...(isUrl ? { url: input } : { content: content as Uint8Array }),
          ...(contentType ? { contentType } : {}),
          ...(options.source ? { sourceUrl: options.source } : {}),
        });
        if (report.articleIds.length === 0 && report.errors.length > 0) failed++;
        process.stdout.write(`${input}: ${report.itemCount} items, ${report.newCount} new, ${report.updatedCount} updated, ${report.unchangedCount} unchanged\n`);
        for (const error of report.errors) process.stderr.write(`${input}: ${error.code}: ${error.message}\n`);
      }
    } finally {
      await app.close();
    }
    process.exitCode = failed > 0 ? 2 : 0;
  });

program
  .command('parse-feed')
  .description('parse a feed and print the normalized model (no database)')
  .argument('<input>', 'a file or an http(s) URL')
  .option('--json', 'print JSON (the only output format)', true)
  .action(async (input: string) => {
    const config = loadConfig();
    try {
      const doc = await readInput(input, config);
      const contentType = doc.contentType ?? contentTypeFor(input);
      const feed = parseFeed(doc.body, { ...(doc.url ? { url: doc.url } : {}), ...(contentType ? { contentType } : {}), ...(doc.headers ? { headers: doc.headers } : {}), maxBytes: config.maxDocumentBytes });
      printJson({
        format: feed.format,
        version: feed.version,
        title: feed.title ?? null,
        link: feed.link ?? null,
        description: feed.description ?? null,
        items: feed.items.map((item) => ({
          id: item.id ?? null,
          url: item.url ?? null,
          title: item.title ?? null,
          summary: item.summary ?? null,
          contentHtml: item.contentHtml ?? null,
          publishedAt: item.publishedAt?.toISOString() ?? null,
          updatedAt: item.updatedAt?.toISOString() ?? null,
          authors: item.authors.map((a) => ({ name: a.name })),
          categories: item.categories,
          enclosures: item.enclosures,
        })),
        warnings: feed.warnings,
      });
    } catch (error) {
      fail(error);
    }
  });

program
  .command('extract')
  .description('extract the article from a page or text document and print it (no database)')
  .argument('<input>', 'a file or an http(s) URL')
  .option('--url <url>', 'the URL the document was published at (resolves its links)')
  .option('--json', 'print JSON (the only output format)', true)
  .action(async (input: string, options: { url?: string }) => {
    const config = loadConfig();
    try {
      const doc = await readInput(input, config);
      const url = options.url ?? doc.url;
      const contentType = doc.contentType ?? contentTypeFor(input);
      const draft = enrichDraft(extractArticle(doc.body, { ...(url ? { url } : {}), ...(contentType ? { contentType } : {}), maxBytes: config.maxDocumentBytes }));
      printJson({
        title: draft.title,
        url: draft.url ?? null,
        publishedAt: draft.publishedAt?.toISOString() ?? null,
        language: draft.language ?? null,
        authors: draft.authors,
        summary: draft.summary ?? null,
        bodyText: draft.bodyText,
        bodyHtml: draft.bodyHtml,
        images: draft.images,
        relatedLinks: draft.relatedLinks,
        topics: draft.topics,
        people: draft.people,
        quotes: draft.quotes,
      });
    } catch (error) {
      fail(error);
    }
  });

program.addCommand(sourcesCommand({ loadConfig: () => loadConfig(), createApp }));

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`newsgraph: ${error.message}\n`);
    process.exit(78);
  }
  fail(error);
});
