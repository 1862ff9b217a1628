import { Geography1764000000000 } from './1764000000000-geography';

/** Every migration, in order. A new migration is a new file plus one line here; never edit a landed one. */
export const migrations = [Geography1764000000000];
