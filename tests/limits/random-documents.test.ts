import {
  buildSchema, getNamedType, isInterfaceType, isObjectType, isUnionType, parse,
  type GraphQLNamedType, type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { analyzeOperation } from '../../src/limits/index.js';
import { loadTypeDefs } from '../../src/schema.js';
import { seededRandom as random } from '../../src/domain/seeded-random.js';

const schema = buildSchema(loadTypeDefs().join('\n'));


const FIRST_VALUES = ['1', '100', '0', '-5', '"ten"', '2.5', 'null', '$n', '$missing', '99999999'];

/**
 * Random documents over the real schema (valid or not: unknown fields, bad `first` values, fragments
 * that spread each other): the analysis must never throw and must give safe, non-negative integers,
 * with a depth no larger than the document's nesting.
 */
function randomDocument(rand: () => number, s: GraphQLSchema): { text: string; maxNesting: number } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  let maxNesting = 0;
  const fragments: string[] = [];
  const selection = (type: GraphQLNamedType, level: number): string => {
    maxNesting = Math.max(maxNesting, level);
    const parts: string[] = [];
    const count = 1 + Math.floor(rand() * 4);
    for (let i = 0; i < count; i++) {
      const roll = rand();
      if ((isInterfaceType(type) || isUnionType(type)) && roll < 0.3) {
        const possible = s.getPossibleTypes(type);
        const target = possible.length > 0 ? pick(possible) : undefined;
        if (target) parts.push(`... on ${target.name} { ${selection(target, level)} }`);
        continue;
      }
      if (roll < 0.05) {
        parts.push(`...F${Math.floor(rand() * 4)}`);
        continue;
      }
      if (!isObjectType(type) && !isInterfaceType(type)) {
        parts.push('__typename');
        continue;
      }
      const fields = Object.values(type.getFields());
      const field = roll < 0.08 ? { name: 'noSuchField', args: [], type } : pick(fields);
      const alias = rand() < 0.2 ? `a${Math.floor(rand() * 1000)}: ` : '';
      const args = field.args.some((a) => a.name === 'first') || rand() < 0.1 ? `(first: ${pick(FIRST_VALUES)})` : '';
      const named = getNamedType(field.type);
      const sub = (isObjectType(named) || isInterfaceType(named) || isUnionType(named)) && level < 8 ? ` { ${selection(named, level + 1)} }` : '';
      parts.push(`${alias}${field.name}${args}${sub}`);
    }
    return parts.join(' ');
  };
  const query = s.getQueryType();
  const article = s.getType('Article');
  if (!query || !article) throw new Error('schema has no Query or Article type');
  const body = selection(query, 1);
  for (let i = 0; i < 4; i++) fragments.push(`fragment F${i} on Article { title ${rand() < 0.5 ? `related { article { ...F${Math.floor(rand() * 4)} } }` : ''} }`);
  // fragments nest up to 2 more levels per spread; cycles are cut, so bound the depth generously
  return { text: `query ($n: Int) { ${body} }\n${fragments.join('\n')}`, maxNesting: maxNesting + 3 * 4 + 2 };
}

describe('random documents over the real schema', () => {
  it('never throws and always gives safe, bounded numbers (2,000 seeded documents)', () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= 2000; seed++) {
      const rand = random(seed);
      const { text, maxNesting } = randomDocument(rand, schema);
      try {
        const a = analyzeOperation(schema, parse(text), undefined, { n: seed % 3 === 0 ? 'x' : seed % 150 });
        const ok = [a.cost, a.depth, a.aliases].every((n) => Number.isSafeInteger(n) && n >= 0) && a.depth <= maxNesting;
        if (!ok) failures.push(`seed ${seed}: ${JSON.stringify(a)}`);
      } catch (error) {
        failures.push(`seed ${seed}: ${String(error)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
