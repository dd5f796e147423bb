import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourcePosition } from '../../../src/ingest/parse/source-position.js';
import { NOT_SIMPLE, scanWellFormed } from '../../../src/ingest/parse/xml-fast-scan.js';
import { TreeBuilder } from '../../../src/ingest/parse/xml-tree-builder.js';
import { corpusPath } from './scorers/corpus-path.js';

/** Tree and warnings from one tokenizer, or 'gave up' when the fast scanner declines the text. */
function read(text: string, fast: boolean): { tree: unknown; warnings: string[] } | 'gave up' {
  const rootStart = text.search(/<[A-Za-z_]/);
  const warnings: string[] = [];
  const builder = new TreeBuilder(text, { baseUrl: 'http://example.org/feed' }, undefined, new SourcePosition(text), (m, at) => warnings.push(`${m}@${at}`));
  try {
    if (fast) scanWellFormed(text, rootStart, builder);
    else builder.parseWithRecovery(rootStart);
  } catch (error) {
    if (error === NOT_SIMPLE) return 'gave up';
    return { tree: `error: ${String(error)}`, warnings };
  }
  return { tree: JSON.parse(JSON.stringify(builder.root)) as unknown, warnings };
}

function feedsIn(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => /\.(xml|rss|atom)$/.test(f)).map((f) => path.join(dir, f));
}

describe('fast XML scanner', () => {
  it('builds the same tree and warnings as htmlparser2 whenever it accepts a document', () => {
    const files = [
      ...feedsIn(corpusPath('rome/feeds')),
      ...feedsIn(corpusPath('gofeed/testdata/translator/rss')),
      ...feedsIn(corpusPath('gofeed/testdata/translator/atom')),
      ...feedsIn(corpusPath('rss-parser/input')),
      ...feedsIn(corpusPath('feedparser/tests/wellformed/rss')),
      ...feedsIn(corpusPath('feedparser/tests/wellformed/atom10')),
      ...feedsIn(corpusPath('feedparser/tests/illformed')),
    ];
    let accepted = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      if (/<!DOCTYPE/i.test(text) || text.search(/<[A-Za-z_]/) === -1) continue;
      const fast = read(text, true);
      if (fast === 'gave up') continue;
      accepted++;
      expect(fast, file).toEqual(read(text, false));
    }
    console.log(`fast scanner accepted ${accepted} of ${files.length} documents`);
    expect(accepted).toBeGreaterThan(files.length / 2);
  });

  it('gives up on what needs recovery rules', () => {
    for (const text of ['<rss><channel><title>x</channel></rss>', '<rss><a b=c></a></rss>', '<rss>1 < 2</rss>', '<rss><channel>']) {
      expect(read(text, true)).toBe('gave up');
    }
  });
});
