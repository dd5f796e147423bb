import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, found from this file (tests/ingest/parse/scorers/). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');

/** The shared real-world corpus, beside the repository (never copied into it). */
export function corpusPath(...parts: string[]): string {
  return path.resolve(REPO_ROOT, '../shared/corpus', ...parts);
}

/** Pass counts for one scored group. */
export interface GroupScore {
  group: string;
  passed: number;
  total: number;
}

export function rate(score: { passed: number; total: number }): number {
  return score.total === 0 ? 1 : score.passed / score.total;
}

/** A small fixed-width table for console output. */
export function formatTable(title: string, rows: GroupScore[]): string {
  const lines = [`${title}`, `  ${'group'.padEnd(28)} ${'passed'.padStart(7)} ${'total'.padStart(7)} ${'rate'.padStart(8)}`];
  for (const r of rows) {
    lines.push(`  ${r.group.padEnd(28)} ${String(r.passed).padStart(7)} ${String(r.total).padStart(7)} ${(rate(r) * 100).toFixed(2).padStart(7)}%`);
  }
  return lines.join('\n');
}
