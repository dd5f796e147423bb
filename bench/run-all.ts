/** `npm run bench`: every benchmark in turn (each prints its own ratios against its baseline). */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const scripts = Object.keys((JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> }).scripts)
  .filter((name) => name.startsWith('bench:'))
  .sort();
const needsDatabase = new Set(['bench:api', 'bench:ingest']);
let failed = 0;
for (const script of scripts) {
  if (needsDatabase.has(script) && !process.env.MONGODB_URI) {
    console.log(`\n=== ${script}: skipped (needs MONGODB_URI)`);
    continue;
  }
  console.log(`\n=== ${script}`);
  const result = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed > 0 ? 1 : 0);
