import type { Loaders } from './loaders.js';
import type { Services } from './services.js';

/** Per-request context: fresh loaders (so one request never sees another's cache) and the shared services. */
export interface GraphContext {
  loaders: Loaders;
  services: Services;
  /** Name of the API key the request carried, if any. */
  caller: string | undefined;
  /** Base URL clients reach the gateway at (for published feed links). */
  baseUrl: string;
}
