import { articleContentHash } from './ingest/article-merge.js';
import { personKey } from './ingest/enrich/person-key.js';
import type { IngestIssue } from './ingest/ingest-issue.js';
import type { ArticleDoc, PersonDoc, TopicDoc } from './storage/documents.js';
import type { Repositories } from './storage/repositories.js';

export interface EditResult<T> {
  value?: T;
  errors: IngestIssue[];
}

type EditIssue = IngestIssue | { code: 'NOT_FOUND' | 'CONFLICT'; message: string; field?: string };

/**
 * Users' fixes to the graph. Each one changes the identity keys that ingestion resolves names by, so
 * it applies to every later article and survives re-ingestion, and rewrites the references already
 * stored. Content hashes are recomputed so a re-ingest after a fix is not mistaken for an update.
 */
export class GraphEditor {
  constructor(
    private readonly repos: Repositories,
    private readonly now: () => Date,
  ) {}

  async addPersonAlias(personId: string, alias: string): Promise<{ value?: PersonDoc; errors: EditIssue[] }> {
    const name = alias.trim();
    const key = personKey(name);
    if (!key) return { errors: [{ code: 'BAD_INPUT', message: `"${alias}" is not a name`, field: 'alias' }] };
    const [person] = await this.repos.people.findByIds([personId]);
    if (!person) return { errors: [notFound('person', 'personId')] };
    const owner = await this.repos.people.findByKey(key);
    if (owner && owner._id !== person._id) {
      return { errors: [{ code: 'CONFLICT', message: `"${name}" already names ${owner.name}; merge the two people instead`, field: 'alias' }] };
    }
    const updated = await this.repos.people.addKey(person._id, key, name);
    return updated ? { value: updated, errors: [] } : { errors: [notFound('person', 'personId')] };
  }

  async mergePeople(targetId: string, sourceId: string): Promise<{ value?: PersonDoc; errors: EditIssue[] }> {
    if (targetId === sourceId) return { errors: [{ code: 'BAD_INPUT', message: 'cannot merge a person into itself', field: 'sourceId' }] };
    const [target, source] = await this.repos.people.findByIds([targetId, sourceId]);
    if (!target) return { errors: [notFound('person', 'targetId')] };
    if (!source) return { errors: [notFound('person', 'sourceId')] };
    const articles = await this.repos.articles.findByPerson(source._id);
    const merged = await this.repos.people.absorb(target, source);
    await this.repos.articles.updateReferences(articles.map((a) => rehash({ ...a, authorIds: replace(a.authorIds, source._id, target._id), mentions: mergeMentions(a.mentions.map((m) => (m.personId === source._id ? { ...m, personId: target._id } : m))) })));
    await this.repos.quotes.reassignSpeaker(source._id, target._id);
    return merged ? { value: merged, errors: [] } : { errors: [notFound('person', 'targetId')] };
  }

  async splitPerson(personId: string, names: readonly string[]): Promise<{ value?: { person: PersonDoc | null; splitOff: PersonDoc }; errors: EditIssue[] }> {
    const cleaned = [...new Set(names.map((n) => n.trim()).filter(Boolean))];
    if (cleaned.length === 0) return { errors: [{ code: 'BAD_INPUT', message: 'give at least one name to split off', field: 'names' }] };
    const [person] = await this.repos.people.findByIds([personId]);
    if (!person) return { errors: [notFound('person', 'personId')] };
    const keys = [...new Set(cleaned.map(personKey))];
    const unknown = cleaned.filter((n) => !person.keys.includes(personKey(n)));
    if (unknown.length > 0) return { errors: [{ code: 'BAD_INPUT', message: `${unknown.map((n) => `"${n}"`).join(', ')} ${unknown.length === 1 ? 'is' : 'are'} not a name of ${person.name}`, field: 'names' }] };
    if (keys.length >= person.keys.length) return { errors: [{ code: 'CONFLICT', message: `at least one name must stay with ${person.name}`, field: 'names' }] };
    const articles = await this.repos.articles.findByPerson(person._id);
    const result = await this.repos.people.splitOff(person, keys, cleaned, this.now());
    const moved = new Set(keys);
    await this.repos.articles.updateReferences(
      articles
        .filter((a) => a.mentions.some((m) => m.personId === person._id && moved.has(m.key)))
        .map((a) => rehash({ ...a, mentions: a.mentions.map((m) => (m.personId === person._id && moved.has(m.key) ? { ...m, personId: result.splitOff._id } : m)) })),
    );
    return { value: result, errors: [] };
  }

  async setPersonHidden(personId: string, hidden: boolean): Promise<{ value?: PersonDoc; errors: EditIssue[] }> {
    const person = await this.repos.people.setHidden(personId, hidden);
    return person ? { value: person, errors: [] } : { errors: [notFound('person', 'personId')] };
  }

  async mergeTopics(targetId: string, sourceId: string): Promise<{ value?: TopicDoc; errors: EditIssue[] }> {
    if (targetId === sourceId) return { errors: [{ code: 'BAD_INPUT', message: 'cannot merge a topic into itself', field: 'sourceId' }] };
    const [target, source] = await this.repos.topics.findByIds([targetId, sourceId]);
    if (!target) return { errors: [notFound('topic', 'targetId')] };
    if (!source) return { errors: [notFound('topic', 'sourceId')] };
    const articles = await this.repos.articles.findByTopic(source._id);
    const merged = await this.repos.topics.absorb(target, source);
    await this.repos.articles.updateReferences(articles.map((a) => rehash({ ...a, topicIds: replace(a.topicIds, source._id, target._id) })));
    await this.repos.quotes.reassignSpeaker(source._id, target._id);
    return merged ? { value: merged, errors: [] } : { errors: [notFound('topic', 'targetId')] };
  }

  async setTopicHidden(topicId: string, hidden: boolean): Promise<{ value?: TopicDoc; errors: EditIssue[] }> {
    const topic = await this.repos.topics.setHidden(topicId, hidden);
    return topic ? { value: topic, errors: [] } : { errors: [notFound('topic', 'topicId')] };
  }
}

function notFound(what: string, field: string): EditIssue {
  return { code: 'NOT_FOUND', message: `no ${what} has this id`, field };
}

function replace(ids: readonly string[], from: string, to: string): string[] {
  return [...new Set(ids.map((id) => (id === from ? to : id)))];
}

/** After a merge two mentions may name one person: keep one, adding up where it was mentioned. */
function mergeMentions(mentions: ArticleDoc['mentions']): ArticleDoc['mentions'] {
  const byPerson = new Map<string, ArticleDoc['mentions'][number]>();
  for (const m of mentions) {
    const seen = byPerson.get(m.personId);
    if (!seen) byPerson.set(m.personId, m);
    else {
      byPerson.set(m.personId, {
        ...seen,
        roles: [...new Set([...seen.roles, ...m.roles])],
        zones: { TITLE: seen.zones.TITLE + m.zones.TITLE, LEAD: seen.zones.LEAD + m.zones.LEAD, BODY: seen.zones.BODY + m.zones.BODY, CAPTION: seen.zones.CAPTION + m.zones.CAPTION },
        salience: Math.max(seen.salience, m.salience),
      });
    }
  }
  return [...byPerson.values()];
}

function rehash(doc: ArticleDoc): ArticleDoc {
  const personIds = [...new Set(doc.mentions.map((m) => m.personId))];
  const next = { ...doc, personIds };
  return { ...next, contentHash: articleContentHash(next) };
}
