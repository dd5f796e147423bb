import type { ArticleCandidate } from './article-candidate.js';
import { draftCandidate } from './draft-candidate.js';
import { extractArticle } from './extract/extract-article.js';
import type { FetchedDocument } from './fetch/fetch-document.js';
import { issueFromError, type IngestIssue } from './ingest-issue.js';

/** Feed items longer than this are taken as full articles and not fetched again. */
const FULL_BODY_CHARS = 1200;

/**
 * For sources whose feeds carry only summaries: fetches each item's page and fills the candidate's
 * body, images, links and missing metadata from the extracted article. The feed stays authoritative
 * for identity, title and dates; a page that fails is reported and the item is kept as the feed gave it.
 * At most `concurrency` pages are fetched at once, so one slow site cannot hold many sockets.
 */
export async function completeFromPages(
  candidates: readonly ArticleCandidate[],
  sourceId: string,
  fetchPage: (url: string) => Promise<FetchedDocument>,
  concurrency = 4,
): Promise<{ candidates: ArticleCandidate[]; issues: IngestIssue[] }> {
  const issues: IngestIssue[] = [];
  const result = [...candidates];
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < result.length; index = next++) {
      const candidate = result[index] as ArticleCandidate;
      if (!candidate.url || (candidate.bodyText?.length ?? 0) >= FULL_BODY_CHARS) continue;
      try {
        const page = await fetchPage(candidate.url);
        const draft = extractArticle(page.body, { url: page.url, ...(page.contentType ? { contentType: page.contentType } : {}) });
        const fromPage = draftCandidate(draft, sourceId, page.url);
        result[index] = {
          ...candidate,
          keys: [...new Set([...candidate.keys, ...fromPage.keys])],
          ...(fromPage.bodyText ? { bodyText: fromPage.bodyText, bodyHtml: fromPage.bodyHtml } : {}),
          summary: candidate.summary ?? fromPage.summary,
          publishedAt: candidate.publishedAt ?? fromPage.publishedAt,
          updatedAt: candidate.updatedAt ?? fromPage.updatedAt,
          language: candidate.language ?? fromPage.language,
          authors: candidate.authors.length > 0 ? candidate.authors : fromPage.authors,
          topics: [...candidate.topics, ...fromPage.topics],
          images: candidate.images.length > 0 ? candidate.images : fromPage.images,
          relatedLinks: fromPage.relatedLinks,
        };
      } catch (error) {
        const issue = issueFromError(error);
        if (!issue) throw error;
        issues.push({ ...issue, message: `full article ${candidate.url}: ${issue.message}` });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, result.length) }, worker));
  return { candidates: result, issues };
}
