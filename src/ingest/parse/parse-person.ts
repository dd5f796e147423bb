import type { FeedPerson } from '../../domain/feed.js';

const EMAIL = /[^\s()<>"',;]+@[^\s()<>"',;]+\.[^\s()<>"',;]+/;

/**
 * RSS people are free text: `email (Name)` per the RSS 2.0 spec, but also `Name <email>`, `Name`,
 * `email` or `mailto:email`. When a feed gives only an email, the name is the email (FeedPerson.name is
 * what clients display).
 */
export function parsePersonText(input: string | undefined): FeedPerson | undefined {
  if (input === undefined) return undefined;
  const value = input.replace(/\s+/g, ' ').trim();
  if (value === '') return undefined;
  const emailMatch = EMAIL.exec(value);
  if (!emailMatch) return { name: value };
  const email = emailMatch[0].replace(/^mailto:/i, '');
  const rest = (value.slice(0, emailMatch.index) + value.slice(emailMatch.index + emailMatch[0].length))
    .replace(/[()<>]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { name: rest === '' ? email : rest, email };
}

/** Structured people (Atom person constructs, JSON Feed authors): a name, else the email, else the URL. */
export function makePerson(name: string | undefined, email: string | undefined, url: string | undefined): FeedPerson | undefined {
  const n = name?.replace(/\s+/g, ' ').trim() || undefined;
  const e = email?.trim() || undefined;
  const u = url?.trim() || undefined;
  const display = n ?? e ?? u;
  if (display === undefined) return undefined;
  return { name: display, ...(e ? { email: e } : {}), ...(u ? { url: u } : {}) };
}

export function dedupePeople(people: FeedPerson[]): FeedPerson[] {
  const seen = new Set<string>();
  return people.filter((p) => {
    const key = `${p.name}\u0000${p.email ?? ''}\u0000${p.url ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
