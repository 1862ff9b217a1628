import type { Logger } from '../logger';
import type { Services } from '../services';
import type { Loaders } from './loaders';

/** Built fresh for every request: its loaders cache only within the request. */
export interface Context {
  requestId: string;
  services: Services;
  loaders: Loaders;
  logger: Logger;
}
