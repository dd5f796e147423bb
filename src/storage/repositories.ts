import type { Db } from 'mongodb';
import { ArticleRepository } from './article-repository.js';
import { PersonRepository } from './person-repository.js';
import { QuoteRepository } from './quote-repository.js';
import { RelationRepository } from './relation-repository.js';
import { SourceRepository } from './source-repository.js';
import { StoryRepository } from './story-repository.js';
import { TopicRepository } from './topic-repository.js';

export interface Repositories {
  articles: ArticleRepository;
  people: PersonRepository;
  topics: TopicRepository;
  sources: SourceRepository;
  relations: RelationRepository;
  quotes: QuoteRepository;
  stories: StoryRepository;
}

export function createRepositories(db: Db): Repositories {
  return {
    articles: new ArticleRepository(db),
    people: new PersonRepository(db),
    topics: new TopicRepository(db),
    sources: new SourceRepository(db),
    relations: new RelationRepository(db),
    quotes: new QuoteRepository(db),
    stories: new StoryRepository(db),
  };
}
