import { GraphQLError } from 'graphql';
import type { Services } from '../src/services.js';
import type { SourceService } from '../src/sources/source-service.js';

/** The source service; a gateway built without one cannot manage sources (an internal error, masked). */
export function sourceService(services: Services): SourceService {
  if (!services.sources) throw new GraphQLError('source management is not configured on this gateway', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  return services.sources;
}
