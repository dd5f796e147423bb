import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/domain/text-keys.js';
import { personKey, topicSlug } from '../../../src/ingest/enrich/person-key.js';

describe('personKey', () => {
  it('merges transliteration variants of one name', () => {
    const k = personKey('Volodymyr Zelenskyy');
    expect(personKey('Volodymyr Zelensky')).toBe(k);
    expect(personKey('Volodymyr Zelenskiy')).toBe(k);
    expect(personKey('VOLODYMYR ZELENSKYY')).toBe(k);
    expect(personKey('Dmitriy Medvedev')).toBe(personKey('Dmitry Medvedev'));
    expect(personKey('Mykhailo Podolyak')).toBe(personKey('Mikhailo Podoliak'));
  });
  it('ignores case, diacritics, hyphens, periods, possessives and honorifics', () => {
    expect(personKey('Gérald Darmanin')).toBe(personKey('gerald darmanin'));
    expect(personKey('Kim Jong-un')).toBe(personKey('Kim Jong Un'));
    expect(personKey('L. Ron Hubbard')).toBe(personKey('L Ron Hubbard'));
    expect(personKey("Mr Putin's")).toBe(personKey('Putin'));
  });
  it('keeps different people apart', () => {
    expect(personKey('John Smith')).not.toBe(personKey('Jane Smith'));
    expect(personKey('Harry Kane')).not.toBe(personKey('Harry Maguire'));
    expect(personKey('Vladimir Putin')).not.toBe(personKey('Putin'));
  });
});

describe('topicSlug', () => {
  it('is the project slug (slugify), so enriched topics meet feed categories', () => {
    for (const name of ['The Kremlin', 'Crime & Police', 'Україна', "Putin's war"]) expect(topicSlug(name)).toBe(slugify(name));
  });
  it('folds case, articles and punctuation', () => {
    expect(topicSlug('Ukraine')).toBe('ukraine');
    expect(topicSlug('ukraine')).toBe('ukraine');
    expect(topicSlug('The Kremlin')).toBe('kremlin');
    expect(topicSlug('Kyiv Oblast Military Administration')).toBe('kyiv-oblast-military-administration');
    expect(topicSlug('Zaporizhzhia')).toBe(topicSlug('ZAPORIZHZHIA'));
  });
});
