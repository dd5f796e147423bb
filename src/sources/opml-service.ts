import { slugify } from '../domain/text-keys.js';
import type { IngestPipeline } from '../ingest/pipeline.js';
import { topicNamesFromCategories } from '../ingest/opml/opml-categories.js';
import type { OpmlOutline } from '../ingest/opml/opml-document.js';
import { OpmlError } from '../ingest/opml/opml-error.js';
import { parseOpml } from '../ingest/opml/parse-opml.js';
import { serializeOpml } from '../ingest/opml/serialize-opml.js';
import type { SourceDoc } from '../storage/documents.js';
import type { Repositories } from '../storage/repositories.js';

/** What happened to one feed of an import. */
export interface OpmlImportEntry {
  url: string;
  title?: string;
  status: 'CREATED' | 'EXISTING' | 'FAILED';
  source?: SourceDoc;
  /** Why it failed. */
  reason?: string;
}

export interface OpmlImportReport {
  title?: string;
  entries: OpmlImportEntry[];
  createdCount: number;
  existingCount: number;
  failedCount: number;
  /** Outlines that were not feeds or repeated one (with their line). */
  skipped: { line?: number; reason: string }[];
  warnings: { message: string; line?: number }[];
  /** Set when the file could not be read as OPML at all (nothing was imported). */
  error?: { code: string; message: string };
}

export type ImportProgress = (done: number, total: number, entry: OpmlImportEntry) => void;

/**
 * OPML import and export. Categories become topics: every folder or path segment (`News/World` → News,
 * World) is resolved to a SECTION topic, linked from the source (`Source.topics`), and the category paths
 * themselves are kept on the source so an export writes the same folders back. Imported sources go on the
 * polling schedule, due now; an import never overwrites a title the feed itself gave.
 */
export class OpmlService {
  constructor(
    private readonly repos: Repositories,
    private readonly pipeline: IngestPipeline,
    private readonly now: () => Date,
  ) {}

  async importOpml(content: string | Uint8Array, onProgress?: ImportProgress): Promise<OpmlImportReport> {
    const report: OpmlImportReport = { entries: [], createdCount: 0, existingCount: 0, failedCount: 0, skipped: [], warnings: [] };
    let doc;
    try {
      doc = parseOpml(content);
    } catch (error) {
      if (error instanceof OpmlError) return { ...report, error: { code: error.code, message: error.message } };
      throw error;
    }
    if (doc.title) report.title = doc.title;
    report.skipped = doc.skipped;
    report.warnings = doc.warnings;
    const now = this.now();
    const topicIdByName = await this.resolveTopics(doc.outlines, now);
    let done = 0;
    for (const outline of doc.outlines) {
      const entry = await this.importOne(outline, topicIdByName, now);
      report.entries.push(entry);
      if (entry.status === 'CREATED') report.createdCount++;
      else if (entry.status === 'EXISTING') report.existingCount++;
      else report.failedCount++;
      onProgress?.(++done, doc.outlines.length, entry);
    }
    return report;
  }

  /** Every feed source as OPML 2.0, grouped into folders by first category. */
  async exportOpml(): Promise<string> {
    const sources = await this.repos.sourceSchedule.findAll(['FEED']);
    const outlines: OpmlOutline[] = sources.map((source) => ({
      xmlUrl: source.url,
      ...(source.title ? { title: source.title } : {}),
      ...(source.siteUrl ? { htmlUrl: source.siteUrl } : {}),
      categories: source.categories ?? [],
    }));
    return serializeOpml({ title: 'Newsgraph subscriptions', dateCreated: this.now(), outlines }, { groupByFolder: true });
  }

  private async importOne(outline: OpmlOutline, topicIdByName: Map<string, string>, now: Date): Promise<OpmlImportEntry> {
    const title = outline.title ? { title: outline.title } : {};
    const added = await this.pipeline.addSource(outline.xmlUrl, 'FEED');
    if (!added.source) return { url: outline.xmlUrl, ...title, status: 'FAILED', reason: added.errors.map((e) => e.message).join('; ') || 'refused' };
    const id = added.source._id;
    await this.repos.sourceSchedule.fillDetails(id, { ...title, ...(outline.htmlUrl ? { siteUrl: outline.htmlUrl } : {}) });
    const topicIds = topicNamesFromCategories(outline.categories).map((name) => topicIdByName.get(name.toLowerCase())).filter((t): t is string => t !== undefined);
    await this.repos.sourceSchedule.addCategories(id, outline.categories, topicIds);
    await this.repos.sourceSchedule.schedule([id], now);
    const source = (await this.repos.sourceSchedule.findById(id)) ?? added.source;
    return { url: source.url, ...title, status: added.created ? 'CREATED' : 'EXISTING', source };
  }

  /** One read and one bulk write for every topic the file names. */
  private async resolveTopics(outlines: readonly OpmlOutline[], now: Date): Promise<Map<string, string>> {
    const names = topicNamesFromCategories(outlines.flatMap((o) => o.categories)).filter((name) => slugify(name) !== '');
    const ids = await this.repos.topics.resolveMany(names.map((name) => ({ slug: slugify(name), name, kind: 'SECTION' as const })), now);
    return new Map(names.map((name, i) => [name.toLowerCase(), ids[i] as string]));
  }
}
