import { httpUrl } from './discover-error.js';

/**
 * Where feeds live when a page does not say, most common first: WordPress and Substack (`/feed`), Ghost and
 * Tumblr (`/rss`), Jekyll (`/feed.xml`), generic `/rss.xml` and `/atom.xml`, Hugo (`/index.xml`), JSON
 * Feed (`/feed.json`), Blogger (`/feeds/posts/default`), WordPress without pretty links (`?feed=rss2`),
 * Squarespace (`?format=rss`).
 */
export const COMMON_FEED_PATHS: readonly string[] = Object.freeze([
  '/feed',
  '/rss',
  '/feed.xml',
  '/rss.xml',
  '/atom.xml',
  '/index.xml',
  '/feed.json',
  '/feeds/posts/default',
  '/?feed=rss2',
  '/?format=rss',
  '/atom',
  '/index.rss',
]);

/**
 * URLs for the IO layer to probe, in order, when a page lists no feed. A site inside a directory
 * (`https://example.com/blog/`) usually has its feed there, so the directory's candidates come before
 * the host root's. A last segment with a dot (`/blog/post.html`) is a page, so its directory is used.
 */
export function candidateFeedUrls(siteUrl: string): string[] {
  const site = httpUrl(siteUrl, 'site URL');
  const directories: string[] = [];
  const segments = site.pathname.split('/').filter(Boolean);
  if (segments.length > 0 && (segments[segments.length - 1] ?? '').includes('.')) segments.pop();
  if (segments.length > 0) directories.push(`/${segments.join('/')}/`);
  directories.push('/');
  const urls: string[] = [];
  const seen = new Set<string>();
  for (const directory of directories) {
    const base = new URL(directory, site.origin);
    for (const path of COMMON_FEED_PATHS) {
      const url = new URL(path.slice(1), base).href;
      if (seen.has(url)) continue;
      seen.add(url);
      urls.push(url);
    }
  }
  return urls;
}
