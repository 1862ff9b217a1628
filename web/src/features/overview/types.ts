import type { DistrictOverviewQuery } from '@/gql/graphql';

export type DistrictOverview = DistrictOverviewQuery['district'];
export type StreetOverview = DistrictOverview['streets'][number];
export type TrendPoint = DistrictOverview['trend'][number];
