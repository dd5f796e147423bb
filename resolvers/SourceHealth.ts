import type { SourceHealthResolvers } from '../src/generated/graphql.js';

export const SourceHealth: SourceHealthResolvers = {
  polled: (doc) => doc.nextFetchAt !== undefined,
  lastFetchAt: (doc) => doc.health?.lastFetchAt ?? doc.lastFetch?.at ?? null,
  lastOutcome: (doc) => doc.health?.lastOutcome ?? null,
  lastSuccessAt: (doc) => doc.health?.lastSuccessAt ?? null,
  lastError: (doc) => doc.health?.lastError ?? null,
  errorCount: (doc) => doc.health?.errorCount ?? doc.errorCount,
  nextFetchAt: (doc) => doc.nextFetchAt ?? null,
  scheduleReason: (doc) => doc.health?.scheduleReason ?? null,
  itemsPerDay: (doc) => doc.health?.itemsPerDay ?? 0,
  paused: (doc) => doc.health?.paused !== undefined,
  pausedReason: (doc) => doc.health?.paused?.reason ?? null,
  pausedAt: (doc) => doc.health?.paused?.at ?? null,
  // An expired lease is a dead worker's: nobody is fetching the source then.
  leasedBy: (doc) => (doc.lease && doc.lease.expiresAt.getTime() > Date.now() ? doc.lease.owner : null),
  webSub: (doc) => doc.websub ?? null,
};
