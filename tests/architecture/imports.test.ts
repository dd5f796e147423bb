import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/app.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'generated' ? [] : files(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

function imports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm), ...source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? '');
}

const rel = (file: string) => path.relative(REPO_ROOT, file).split(path.sep).join('/');
function resolved(file: string, specifier: string): string | undefined {
  return specifier.startsWith('.') ? rel(path.resolve(path.dirname(file), specifier)) : undefined;
}

/** Layer rules from ARCHITECTURE.md: imports point down, never back. */
const RULES: { from: RegExp; forbidden: RegExp; why: string }[] = [
  { from: /^src\/domain\//, forbidden: /^(src\/(?!domain\/)|resolvers\/)/, why: 'domain imports nothing from the project' },
  { from: /^src\/storage\//, forbidden: /^(src\/(ingest|loaders|context|server|main|cli|graph-reader)|resolvers\/)/, why: 'storage depends only on domain' },
  { from: /^src\/ingest\/(parse|extract|enrich|merge|schedule|opml|discover)\//, forbidden: /^(src\/(storage|ingest\/fetch|ingest\/pipeline|loaders|context|server|main|cli)|resolvers\/)/, why: 'pure stages do no IO' },
  { from: /^resolvers\//, forbidden: /^src\/(storage\/(?!documents|article-repository)|ingest\/(?!merge\/canonical-url)|main|cli)/, why: 'resolvers read through loaders and services' },
];

describe('layering', () => {
  const all = [...files(path.join(REPO_ROOT, 'src')), ...files(path.join(REPO_ROOT, 'resolvers'))];

  it('keeps every import pointing down the layers', () => {
    const violations: string[] = [];
    for (const file of all) {
      for (const specifier of imports(file)) {
        const target = resolved(file, specifier);
        if (!target) continue;
        for (const rule of RULES) {
          if (rule.from.test(rel(file)) && rule.forbidden.test(target)) violations.push(`${rel(file)} → ${target} (${rule.why})`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('keeps the mongodb driver inside src/storage (and the composition root)', () => {
    const users = all.filter((file) => imports(file).includes('mongodb')).map(rel);
    expect(users.filter((file) => !file.startsWith('src/storage/'))).toEqual([]);
  });

  it('uses .js suffixes on relative imports (ESM)', () => {
    const bad = all.flatMap((file) => imports(file).filter((s) => s.startsWith('.') && !s.endsWith('.js')).map((s) => `${rel(file)}: ${s}`));
    expect(bad).toEqual([]);
  });
});
