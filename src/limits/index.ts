/** GraphQL request limits: depth, aliases and cost measured on the parsed operation, and the refusals they lead to. */
export { analyzeOperation, type OperationAnalysis, type OperationKind } from './analyze-operation.js';
export { limitViolations, type AnalysisSummary } from './limit-violations.js';
export { DEFAULT_LIMITS, DEFAULT_LIST_SIZE, INTROSPECTION_COST, type QueryLimits } from './query-limits.js';
