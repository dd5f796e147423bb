import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import type { Config } from '../config.js';
import { canonicalizeUrl } from '../ingest/merge/canonical-url.js';
import type { App } from '../main.js';
import type { SourceDoc, SourceKind } from '../storage/documents.js';
import { ProgressBar } from './progress-bar.js';

interface CommandDeps {
  loadConfig: () => Config;
  createApp: (config: Config) => Promise<App>;
}

const KINDS: readonly SourceKind[] = ['FEED', 'SITE', 'DOCUMENT'];

function kindOption(value: string): SourceKind {
  const kind = value.toUpperCase() as SourceKind;
  if (!KINDS.includes(kind)) throw new InvalidArgumentError(`a kind is one of ${KINDS.join(', ')}`);
  return kind;
}

/** Opens the app, runs `body`, closes the app whatever happens. */
async function withApp(deps: CommandDeps, body: (app: App) => Promise<void>): Promise<void> {
  const app = await deps.createApp(deps.loadConfig());
  try {
    await body(app);
  } finally {
    await app.close();
  }
}

function out(line: string): void {
  process.stdout.write(`${line}\n`);
}

function err(line: string): void {
  process.stderr.write(`${line}\n`);
}

async function findSource(app: App, idOrUrl: string): Promise<SourceDoc | null> {
  const sources = app.services.sources;
  if (!sources) return null;
  return (await sources.find(idOrUrl)) ?? (await sources.find(canonicalizeUrl(idOrUrl) ?? idOrUrl));
}

function healthLine(source: SourceDoc): string {
  const health = source.health;
  const state = health?.paused ? 'PAUSED' : source.errorCount > 0 ? `ERR×${source.errorCount}` : (health?.lastOutcome ?? source.lastFetch?.status ?? 'NEW');
  const next = source.nextFetchAt ? source.nextFetchAt.toISOString().replace(/:\d\d\.\d{3}Z$/, 'Z') : 'not polled';
  const perDay = health ? `${health.itemsPerDay}/day` : '';
  return [state.padEnd(12), next.padEnd(18), perDay.padEnd(10), source.url, source.title ? `(${source.title})` : ''].join(' ').trimEnd();
}

/**
 * `newsgraph sources add|list|remove|refresh|import|export|discover`: the command-line face of the source
 * service. Data goes to stdout, progress and problems to stderr; the exit code is 2 when an entry failed.
 */
export function sourcesCommand(deps: CommandDeps): Command {
  const command = new Command('sources').description('manage the sources the gateway polls (feeds, sites), OPML import/export, feed discovery');

  command
    .command('add')
    .description('add a feed; a site or page URL is searched for its feed (<link rel=alternate>, common paths)')
    .argument('<url>', 'a feed URL, or a site/page URL to discover the feed of')
    .option('--kind <kind>', 'FEED (default), SITE or DOCUMENT; anything but FEED is added as given', kindOption)
    .option('--no-discover', 'add the URL as a feed as it is, without fetching it')
    .option('--full-articles', "fetch and extract each item's page (for feeds that carry only summaries)")
    .action(async (url: string, options: { kind?: SourceKind; discover: boolean; fullArticles?: boolean }) =>
      withApp(deps, async (app) => {
        const sources = app.services.sources;
        if (!sources) throw new Error('source management is not configured');
        const settings = options.fullArticles ? { fullArticles: true } : {};
        const kind = options.kind ?? 'FEED';
        const discovered = kind === 'FEED' && options.discover ? await sources.addDiscovering(url) : undefined;
        const result = discovered ?? (await sources.add(url, kind, settings));
        for (const feed of discovered?.discovery.feeds ?? []) {
          err(`found ${feed.via === 'SELF' ? 'the feed itself' : feed.via === 'LINK' ? 'a linked feed' : 'a feed by probing'}: ${feed.url}${feed.title ? ` (${feed.title})` : ''}`);
        }
        if (!result.source) {
          for (const issue of result.errors) err(`${url}: ${issue.code}: ${issue.message}`);
          process.exitCode = 2;
          return;
        }
        if (settings.fullArticles && discovered) await sources.add(result.source.url, 'FEED', settings);
        out(`${result.created ? 'added' : 'already a source'}: ${result.source.url}  id ${result.source._id}`);
      }),
    );

  command
    .command('list')
    .description('list sources with their health (state, next fetch, items per day)')
    .option('--kind <kind>', 'only sources of this kind', kindOption)
    .option('--json', 'print JSON')
    .action(async (options: { kind?: SourceKind; json?: boolean }) =>
      withApp(deps, async (app) => {
        const list = await app.repos.sourceSchedule.findAll(options.kind ? [options.kind] : KINDS);
        if (options.json) {
          out(JSON.stringify(list.map(({ lease: _lease, websub, ...source }) => ({ ...source, ...(websub ? { websub: { ...websub, secret: undefined } } : {}) })), null, 2));
          return;
        }
        for (const source of list) out(`${source._id}  ${healthLine(source)}`);
        err(`${list.length} source${list.length === 1 ? '' : 's'}`);
      }),
    );

  command
    .command('remove')
    .description('stop reading sources (their articles stay)')
    .argument('<sources...>', 'source ids or URLs')
    .action(async (ids: string[]) =>
      withApp(deps, async (app) => {
        for (const id of ids) {
          const source = await findSource(app, id);
          const result = source ? await app.services.sources?.remove(source._id) : undefined;
          if (result?.source) out(`removed: ${result.source.url}`);
          else {
            err(`${id}: no such source`);
            process.exitCode = 2;
          }
        }
      }),
    );

  command
    .command('refresh')
    .description('fetch sources now (conditional GET), recording each outcome in their health')
    .argument('[sources...]', 'source ids or URLs (default: every feed)')
    .action(async (ids: string[]) =>
      withApp(deps, async (app) => {
        const sources = app.services.sources;
        if (!sources) throw new Error('source management is not configured');
        const targets = ids.length > 0 ? await Promise.all(ids.map((id) => findSource(app, id))) : await app.repos.sourceSchedule.findAll(['FEED']);
        const bar = new ProgressBar(process.stderr, targets.length);
        const tally = { ok: 0, notModified: 0, failed: 0, articles: 0 };
        for (const [index, source] of targets.entries()) {
          bar.update(index, source?.url ?? ids[index] ?? '');
          if (!source) {
            bar.done();
            err(`${ids[index] ?? '?'}: no such source`);
            tally.failed++;
            continue;
          }
          const { result, errors } = await sources.refresh(source._id);
          if (errors.length > 0 || !result) {
            bar.done();
            for (const issue of errors) err(`${source.url}: ${issue.code}: ${issue.message}`);
            tally.failed++;
          } else if (result.outcome === 'NOT_MODIFIED') tally.notModified++;
          else {
            tally.ok++;
            tally.articles += result.report?.newCount ?? 0;
          }
        }
        bar.update(targets.length);
        bar.done();
        out(`${targets.length} fetched: ${tally.ok} updated (${tally.articles} new articles), ${tally.notModified} unchanged, ${tally.failed} failed`);
        if (tally.failed > 0) process.exitCode = 2;
      }),
    );

  command
    .command('import')
    .description('import an OPML 1.0/2.0 subscription list (folders and categories become topics)')
    .argument('<file>', 'the OPML file')
    .option('--fetch', 'fetch each new feed right away instead of leaving it to the poller')
    .action(async (file: string, options: { fetch?: boolean }) =>
      withApp(deps, async (app) => {
        const sources = app.services.sources;
        if (!sources) throw new Error('source management is not configured');
        const content = await readFile(path.resolve(file));
        let bar: ProgressBar | undefined;
        const report = await sources.importOpml(content, (done, total, entry) => {
          bar ??= new ProgressBar(process.stderr, total);
          bar.update(done, entry.url);
        });
        bar?.done();
        if (report.error) {
          err(`${file}: ${report.error.message}`);
          process.exitCode = 2;
          return;
        }
        let fetchFailures = 0;
        if (options.fetch) {
          const created = report.entries.filter((e) => e.status === 'CREATED' && e.source);
          const fetchBar = new ProgressBar(process.stderr, created.length);
          for (const [index, entry] of created.entries()) {
            fetchBar.update(index, `fetching ${entry.url}`);
            const { errors } = await sources.refresh(entry.source?._id ?? '');
            if (errors.length > 0) {
              fetchFailures++;
              fetchBar.done();
              for (const issue of errors) err(`${entry.url}: ${issue.code}: ${issue.message}`);
            }
          }
          fetchBar.update(created.length);
          fetchBar.done();
        }
        for (const skipped of report.skipped) err(`skipped${skipped.line ? ` (line ${skipped.line})` : ''}: ${skipped.reason}`);
        for (const failed of report.entries.filter((e) => e.status === 'FAILED')) err(`failed: ${failed.url}: ${failed.reason ?? ''}`);
        out(
          `${file}${report.title ? ` (${report.title})` : ''}: ${report.createdCount} added, ${report.existingCount} already present, ${report.failedCount} failed, ${report.skipped.length} skipped` +
            (options.fetch ? `; ${fetchFailures} of the new feeds failed to fetch` : ''),
        );
        if (report.failedCount > 0 || fetchFailures > 0) process.exitCode = 2;
      }),
    );

  command
    .command('export')
    .description('write every feed source as OPML 2.0 (categories as folders)')
    .argument('[file]', 'where to write (default: stdout)')
    .action(async (file: string | undefined) =>
      withApp(deps, async (app) => {
        const opml = await app.services.sources?.exportOpml();
        if (opml === undefined) throw new Error('source management is not configured');
        if (file) {
          await writeFile(path.resolve(file), opml);
          err(`wrote ${file}`);
        } else process.stdout.write(opml);
      }),
    );

  command
    .command('discover')
    .description("list a site's feeds without adding them")
    .argument('<url>', 'a site or page URL')
    .action(async (url: string) =>
      withApp(deps, async (app) => {
        const result = await app.services.sources?.discover(url);
        for (const feed of result?.feeds ?? []) out(`${feed.url}\t${feed.format}\t${feed.via}${feed.title ? `\t${feed.title}` : ''}`);
        for (const issue of result?.errors ?? []) err(`${issue.code}: ${issue.message}`);
        if (!result?.feeds.length) process.exitCode = 2;
      }),
    );

  return command;
}
