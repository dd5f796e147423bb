import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../src/ingest/parse/parse-feed.js';
import { REPO_ROOT } from './scorers/corpus-path.js';

/**
 * Golden pairs: tests/fixtures/feeds/<name>.xml|json and <name>.expected.json (the whole NormalizedFeed,
 * dates as ISO strings). Regenerate after a deliberate change with UPDATE_GOLDEN=1 and review the diff.
 */
const dir = path.join(REPO_ROOT, 'tests/fixtures/feeds');
const inputs = fs.readdirSync(dir).filter((f) => /\.(xml|json)$/.test(f) && !f.endsWith('.expected.json')).sort();

describe('golden feeds', () => {
  it('has fixtures for every format', () => {
    expect(inputs.length).toBeGreaterThanOrEqual(10);
  });
  for (const file of inputs) {
    it(file, () => {
      const feed = parseFeed(fs.readFileSync(path.join(dir, file)), { url: 'https://fixtures.example/feeds/' + file });
      const actual = JSON.parse(JSON.stringify(feed)) as unknown;
      const expectedPath = path.join(dir, file.replace(/\.(xml|json)$/, '.expected.json'));
      if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
      expect(actual).toEqual(JSON.parse(fs.readFileSync(expectedPath, 'utf8')));
    });
  }
});
