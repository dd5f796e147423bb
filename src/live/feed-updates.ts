import { InputError } from '../domain/input-error.js';
import { matchesDefinition } from '../feeds/match-article.js';
import type { ArticleDoc, EventKind, FeedDoc } from '../storage/documents.js';
import type { Repositories } from '../storage/repositories.js';
import type { EventHub } from './event-hub.js';

export interface FeedUpdateModel {
  kind: EventKind;
  at: Date;
  article: ArticleDoc;
}

/**
 * Live updates of one custom feed: every new or changed article that matches its definition, as it
 * is ingested by any gateway instance. Articles are read once per batch of events (one query), then
 * matched in memory.
 */
export class LiveFeeds {
  constructor(
    private readonly repos: Repositories,
    private readonly hub: EventHub,
    private readonly now: () => Date,
  ) {}

  /**
   * An async iterator of updates. Its `return()` (called when the client unsubscribes or disconnects)
   * unsubscribes at once, even while it waits for the next event, so no listener outlives its client.
   */
  async feedUpdates(feedId: string): Promise<AsyncIterableIterator<FeedUpdateModel>> {
    const [feed] = await this.repos.feeds.findByIds([feedId]);
    if (!feed) throw new InputError('no feed has this id', 'feedId');
    const ready: FeedUpdateModel[] = [];
    const waiting: ((result: IteratorResult<FeedUpdateModel>) => void)[] = [];
    let done = false;
    const deliver = (updates: FeedUpdateModel[]) => {
      for (const update of updates) {
        const take = waiting.shift();
        if (take) take({ value: update, done: false });
        else ready.push(update);
      }
    };
    // Batches are matched one after another so updates keep the log's order.
    let chain = Promise.resolve();
    const unsubscribe = await this.hub.subscribe((events) => {
      chain = chain
        .then(() => this.matching(feed, events.map((e) => ({ kind: e.kind, at: e.at, articleId: e.articleId }))))
        .then((updates) => {
          if (!done) deliver(updates);
        });
    });
    const finish = async (): Promise<IteratorResult<FeedUpdateModel>> => {
      if (!done) {
        done = true;
        unsubscribe();
        for (const take of waiting.splice(0)) take({ value: undefined, done: true });
      }
      return { value: undefined, done: true };
    };
    const iterator: AsyncIterableIterator<FeedUpdateModel> = {
      next: () => {
        const value = ready.shift();
        if (value) return Promise.resolve({ value, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => waiting.push(resolve));
      },
      return: finish,
      throw: async (error: unknown) => {
        await finish();
        throw error;
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  private async matching(feed: FeedDoc, events: { kind: EventKind; at: Date; articleId: string }[]): Promise<FeedUpdateModel[]> {
    const ids = [...new Set(events.map((e) => e.articleId))];
    const articles = await this.repos.articles.findByIds(ids);
    const byId = new Map(articles.filter((a): a is ArticleDoc => a !== null).map((a) => [a._id, a]));
    const now = this.now();
    return events.flatMap((event) => {
      const article = byId.get(event.articleId);
      return article && matchesDefinition(article, feed.definition, now) ? [{ kind: event.kind, at: event.at, article }] : [];
    });
  }
}
