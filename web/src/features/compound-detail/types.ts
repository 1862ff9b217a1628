import type { CompoundDetailQuery } from '@/gql/graphql';

export type CompoundDetail = CompoundDetailQuery['compound'];
