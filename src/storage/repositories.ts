import type { Db } from 'mongodb';
import { ArticleRepository } from './article-repository.js';
import { EventRepository } from './event-repository.js';
import { FeedRepository } from './feed-repository.js';
import { PersonRepository } from './person-repository.js';
import { QuoteRepository } from './quote-repository.js';
import { RelationRepository } from './relation-repository.js';
import { SourceRepository } from './source-repository.js';
import { SourceScheduleRepository } from './source-schedule-repository.js';
import { StoryRepository } from './story-repository.js';
import { TopicRepository } from './topic-repository.js';

export interface Repositories {
  articles: ArticleRepository;
  people: PersonRepository;
  topics: TopicRepository;
  sources: SourceRepository;
  /** Polling schedule, worker leases, health and WebSub state of sources. */
  sourceSchedule: SourceScheduleRepository;
  relations: RelationRepository;
  quotes: QuoteRepository;
  stories: StoryRepository;
  feeds: FeedRepository;
  events: EventRepository;
}

export function createRepositories(db: Db): Repositories {
  return {
    articles: new ArticleRepository(db),
    people: new PersonRepository(db),
    topics: new TopicRepository(db),
    sources: new SourceRepository(db),
    sourceSchedule: new SourceScheduleRepository(db),
    relations: new RelationRepository(db),
    quotes: new QuoteRepository(db),
    stories: new StoryRepository(db),
    feeds: new FeedRepository(db),
    events: new EventRepository(db),
  };
}
