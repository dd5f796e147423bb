/** A custom feed's definition in storage terms (ids decoded). */

export interface EntitySet {
  any: string[];
  all: string[];
  none: string[];
}

export type FeedRanking = 'NEWEST' | 'RELEVANCE' | 'TRENDING' | 'MOST_COVERED';

export interface TimeWindow {
  after?: Date;
  before?: Date;
  /** Rolling: the last N hours at read time. */
  lastHours?: number;
}

export interface FeedWeight {
  kind: 'Topic' | 'Person';
  id: string;
  weight: number;
}

export interface FeedDefinition {
  topics: EntitySet;
  people: EntitySet;
  sources: EntitySet;
  /** Stories (events): an article belongs to one, so `all` can hold at most one id. */
  stories: EntitySet;
  text?: string;
  languages: string[];
  window?: TimeWindow;
  minSources?: number;
  ranking: FeedRanking;
  weights: FeedWeight[];
}

export const EMPTY_SET: EntitySet = { any: [], all: [], none: [] };

/** A problem with a definition, naming the field it is about. */
export interface DefinitionProblem {
  field: string;
  message: string;
}

const MAX_LAST_HOURS = 24 * 365;

/**
 * Checks what can be checked without the graph: windows that select nothing, contradictory sets,
 * out-of-range numbers, a relevance ranking without text. (Unknown ids need the graph.)
 */
export function definitionProblems(definition: FeedDefinition): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  if (new Set(definition.stories.all).size > 1) {
    problems.push({ field: 'stories.all', message: 'stories.all: an article belongs to one story, so requiring several selects nothing' });
  }
  for (const name of ['topics', 'people', 'sources', 'stories'] as const) {
    const set = definition[name];
    const excluded = new Set(set.none);
    for (const id of [...set.any, ...set.all]) {
      if (excluded.has(id)) problems.push({ field: `${name}.none`, message: `${name}: the same id is both required and excluded, so nothing can match` });
    }
  }
  const window = definition.window;
  if (window) {
    if (window.lastHours !== undefined && (window.after || window.before)) {
      problems.push({ field: 'window', message: 'window: give `lastHours` or `after`/`before`, not both' });
    }
    if (window.lastHours !== undefined && (!Number.isInteger(window.lastHours) || window.lastHours < 1 || window.lastHours > MAX_LAST_HOURS)) {
      problems.push({ field: 'window.lastHours', message: `window.lastHours must be a whole number from 1 to ${MAX_LAST_HOURS}` });
    }
    if (window.after && window.before && window.after >= window.before) {
      problems.push({ field: 'window', message: 'window: `after` must be earlier than `before`; this window is empty' });
    }
  }
  if (definition.minSources !== undefined && (!Number.isInteger(definition.minSources) || definition.minSources < 1 || definition.minSources > 50)) {
    problems.push({ field: 'minSources', message: 'minSources must be a whole number from 1 to 50' });
  }
  if (definition.ranking === 'RELEVANCE' && !definition.text) {
    problems.push({ field: 'ranking', message: 'ranking RELEVANCE needs a `text` query to rank by' });
  }
  for (const weight of definition.weights) {
    if (!(weight.weight >= 0 && weight.weight <= 10)) problems.push({ field: 'weights', message: `weights: ${weight.weight} is outside 0–10` });
  }
  if (definition.text !== undefined && (definition.text.trim().length === 0 || definition.text.length > 500)) {
    problems.push({ field: 'text', message: 'text must contain at least one word and at most 500 characters' });
  }
  return problems;
}

/** The absolute bounds a window means at `now`. */
export function windowBounds(window: TimeWindow | undefined, now: Date): { after?: Date; before?: Date } {
  if (!window) return {};
  if (window.lastHours !== undefined) return { after: new Date(now.getTime() - window.lastHours * 3_600_000) };
  return { ...(window.after ? { after: window.after } : {}), ...(window.before ? { before: window.before } : {}) };
}
