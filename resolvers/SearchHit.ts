import type { SearchHitResolvers } from '../src/generated/graphql.js';
import { highlight, snippet } from '../src/feeds/highlight.js';

export const SearchHit: SearchHitResolvers = {
  titleHighlight: (hit) => highlight(hit.article.title, hit.terms),
  snippet: (hit) => snippet(hit.article.bodyText ?? hit.article.summary ?? '', hit.terms),
};
