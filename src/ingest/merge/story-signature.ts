import { contentTokens, entitySlug } from './text-tokens.js';
import { lshBandKeys, minhash } from './minhash.js';

export interface StorySignatureInput {
  title: string;
  /** First paragraph or summary; optional because many feeds carry only a headline. */
  lead?: string;
  /** Person keys or names from enrichment. */
  people?: string[];
  places?: string[];
  organizations?: string[];
  /** Accepted so a whole draft can be passed; time is not hashed (assignStory takes it separately). */
  publishedAt?: Date;
}

export interface StorySignature {
  /** MinHash (64 values) of the title and lead tokens and token bigrams. */
  minhash: number[];
  /** LSH band hashes of `minhash`: the article collection indexes these to find near-duplicate articles. */
  bandKeys: string[];
  /** `person:…`, `place:…`, `org:…` keys, sorted. */
  entityKeys: string[];
  /** Unique content tokens, title tokens first, then lead tokens (see contentTokens). */
  tokens: string[];
  /** How many of `tokens` come from the title: title words weigh more than lead words. */
  titleTokenCount: number;
  /**
   * Keys the story collection indexes (`t:<token>` for title tokens, plus the entity keys): candidate
   * stories are the recent stories sharing one of these. At most MAX_STORY_KEYS, so lookups stay bounded.
   */
  storyKeys: string[];
}

/** Fan-out cap for story lookups: one indexed query per key, each with its own limit. */
export const MAX_STORY_KEYS = 24;

function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

function entityKeysOf(kind: string, names: string[] | undefined): string[] {
  const out: string[] = [];
  for (const name of names ?? []) {
    const slug = entitySlug(name);
    if (slug) out.push(`${kind}:${slug}`);
  }
  return out;
}

/**
 * The fingerprint an article is clustered by. Deterministic (same input → same output on every run and
 * machine) because it is stored and indexed: signatures written today must keep matching tomorrow's.
 * MinHash uses bigrams as well as words so that reordered headlines ("X buys Y" / "Y bought by X") stay
 * close but not identical, while the same wire copy republished elsewhere is a near-exact match.
 */
export function storySignature(input: StorySignatureInput): StorySignature {
  if (typeof input.title !== 'string') throw new TypeError('storySignature: title must be a string');
  const titleTokens = contentTokens(input.title);
  const leadTokens = input.lead ? contentTokens(input.lead) : [];
  const features = new Set<string>();
  for (const seq of [titleTokens, leadTokens]) {
    seq.forEach((token, i) => {
      features.add(token);
      const next = seq[i + 1];
      if (next !== undefined) features.add(`${token} ${next}`);
    });
  }
  const mh = minhash(features);
  const uniqueTitle = [...new Set(titleTokens)];
  const titleSet = new Set(uniqueTitle);
  const tokens = [...uniqueTitle, ...new Set(leadTokens.filter((t) => !titleSet.has(t)))];
  const entityKeys = uniqueSorted([
    ...entityKeysOf('person', input.people),
    ...entityKeysOf('place', input.places),
    ...entityKeysOf('org', input.organizations),
  ]);
  const storyKeys = [...entityKeys, ...uniqueTitle.map((t) => `t:${t}`)].slice(0, MAX_STORY_KEYS);
  return { minhash: mh, bandKeys: lshBandKeys(mh), entityKeys, tokens, titleTokenCount: uniqueTitle.length, storyKeys };
}
