import type { FacetCountResolvers } from '../src/generated/graphql.js';
import type { FacetModel, FacetsModel } from '../src/connection.js';
import { toGlobalId } from '../src/domain/global-id.js';
import type { ArticleFacetCounts } from '../src/storage/article-repository.js';

export function facetsModel(counts: ArticleFacetCounts): FacetsModel {
  const as = (kind: FacetModel['kind'], rows: { value: string; count: number }[]) => rows.map((row) => ({ kind, ...row }));
  return {
    total: counts.total,
    topics: as('Topic', counts.topics),
    people: as('Person', counts.people),
    sources: as('Source', counts.sources),
    languages: as('language', counts.languages),
    days: as('day', counts.days),
  };
}

export const FacetCount: FacetCountResolvers = {
  value: (facet) => (facet.kind === 'language' || facet.kind === 'day' ? facet.value : toGlobalId(facet.kind, facet.value)),
  label: async (facet, _args, { loaders }) => {
    switch (facet.kind) {
      case 'Topic':
        return (await loaders.topicById.load(facet.value))?.name ?? facet.value;
      case 'Person':
        return (await loaders.personById.load(facet.value))?.name ?? facet.value;
      case 'Source': {
        const source = await loaders.sourceById.load(facet.value);
        return source?.title ?? source?.url ?? facet.value;
      }
      default:
        return facet.value;
    }
  },
};
