import type { Loaders } from './loaders.js';
import type { Services } from './services.js';

/** Per-request context: fresh loaders (so one request never sees another's cache) and the shared services. */
export interface GraphContext {
  loaders: Loaders;
  services: Services;
}
