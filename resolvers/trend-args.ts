import type { TrendModel } from '../src/connection.js';
import type { TrendScore } from '../src/feeds/trend.js';
import { badInput, pageSize } from './args.js';

/** Checks trend arguments and turns them into hours. */
export function trendArgs(args: { windowHours: number; baselineDays: number; first: number }): { windowHours: number; baselineHours: number; first: number } {
  if (!Number.isInteger(args.windowHours) || args.windowHours < 1 || args.windowHours > 168) throw badInput(`\`windowHours\` must be 1–168, got ${args.windowHours}`, 'windowHours');
  if (!Number.isInteger(args.baselineDays) || args.baselineDays < 1 || args.baselineDays > 90) throw badInput(`\`baselineDays\` must be 1–90, got ${args.baselineDays}`, 'baselineDays');
  const baselineHours = args.baselineDays * 24 + args.windowHours;
  return { windowHours: args.windowHours, baselineHours, first: pageSize(args.first) };
}

/** Trend scores joined with their entities (hidden or vanished ones dropped), through the request's loader. */
export async function withEntities<T extends { hidden?: boolean }>(scores: TrendScore[], load: (ids: string[]) => Promise<(T | null | Error)[]>): Promise<TrendModel<T>[]> {
  const entities = await load(scores.map((s) => s.id));
  return scores.flatMap((score, i) => {
    const entity = entities[i];
    if (!entity || entity instanceof Error || entity.hidden) return [];
    return [{ entity, score: score.score, recent: score.recent, baseline: score.baseline, recentRate: score.recentRate, baselineRate: score.baselineRate, expected: score.expected }];
  });
}

export const trendFields = {
  recentCount: (t: TrendModel<unknown>) => t.recent,
  baselineCount: (t: TrendModel<unknown>) => t.baseline,
  recentPerHour: (t: TrendModel<unknown>) => t.recentRate,
  baselinePerHour: (t: TrendModel<unknown>) => t.baselineRate,
  expectedCount: (t: TrendModel<unknown>) => t.expected,
};
