/** What one GraphQL request may ask for; anything over a limit is refused before it runs. */
export interface QueryLimits {
  /** Deepest field nesting (`__typename` not counted). */
  maxDepth: number;
  /** Aliased fields (aliases are how one request multiplies the same expensive field). */
  maxAliases: number;
  /** Computed cost (see analyzeOperation). */
  maxCost: number;
}

/**
 * Defaults, sized for dashboards against the real schema (tests/limits/default-limits.test.ts checks
 * every number here):
 * - depth 12: `articles → edges → node → related → article → authors → articles → nodes → topics → name`
 *   is 10; deeper nesting only walks the graph in circles. Introspection counts only its list levels,
 *   so the standard introspection query (depth 4 that way) always passes.
 * - aliases 30: a dashboard comparing a few dozen topics side by side; more is batching that belongs in
 *   `nodes(ids:)` or a filter with several ids.
 * - cost 10,000: a page of `articles(first: 100)` with ids, titles, dates, authors, topics and sources
 *   costs 6,805; with ten related stories each 11,905 (refused: 50 per page cost 5,955); two nested full
 *   pages, `articles(first: 100) { nodes { related(first: 100) { title } } }`, cost 10,102.
 */
export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30, maxCost: 10_000 };

/** Size assumed for a list without `first` (or with a value that is not a usable number). */
export const DEFAULT_LIST_SIZE = 10;

/** Flat cost of one `__schema` / `__type` field (the standard introspection query costs this much). */
export const INTROSPECTION_COST = 100;

/** List levels inside introspection that the flat cost covers: `types → fields → args`, as the standard query asks. */
export const INTROSPECTION_FREE_LIST_LEVELS = 3;
