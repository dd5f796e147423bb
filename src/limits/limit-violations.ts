import type { OperationAnalysis } from './analyze-operation.js';
import { DEFAULT_LIMITS, type QueryLimits } from './query-limits.js';

export type AnalysisSummary = Pick<OperationAnalysis, 'depth' | 'aliases' | 'cost'> & Partial<Pick<OperationAnalysis, 'operation' | 'costFactors' | 'deepestPath'>>;

/**
 * One sentence per limit exceeded, for the client: what was measured, the limit, where it comes from
 * (the deepest path, the multiplying fields) and what to change. Empty when the request may run.
 */
export function limitViolations(analysis: AnalysisSummary, limits: QueryLimits = DEFAULT_LIMITS): string[] {
  const what = analysis.operation ?? 'request';
  const out: string[] = [];
  if (analysis.depth > limits.maxDepth) {
    const path = analysis.deepestPath?.length ? ` (${analysis.deepestPath.join(' > ')})` : '';
    out.push(`${what} depth ${analysis.depth} exceeds the limit of ${limits.maxDepth}${path}; select fewer nested levels`);
  }
  if (analysis.aliases > limits.maxAliases) {
    out.push(`${what} uses ${analysis.aliases} aliased fields, more than the limit of ${limits.maxAliases}; fetch many objects with one field (nodes(ids:), a filter with several ids) instead`);
  }
  if (analysis.cost > limits.maxCost) {
    const factors = analysis.costFactors?.length ? ` (${analysis.costFactors.join(' × ')} …)` : '';
    out.push(`${what} cost ${analysis.cost} exceeds the limit of ${limits.maxCost}${factors}; ask for smaller pages with \`first\` or split the ${what}`);
  }
  return out;
}
