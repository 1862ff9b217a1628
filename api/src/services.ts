import type { DataSource } from 'typeorm';
import { CompoundService } from './compounds/compound.service';
import { GeographyService } from './geography/geography.service';
import { StatsService } from './stats/stats.service';

/** The domain services a process uses: the API's resolvers, the workers and the seeds share them. */
export interface Services {
  geography: GeographyService;
  compounds: CompoundService;
  stats: StatsService;
}

export function createServices(db: DataSource): Services {
  return {
    geography: new GeographyService(db),
    compounds: new CompoundService(db),
    stats: new StatsService(db),
  };
}
