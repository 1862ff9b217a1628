import { graphql } from '@/gql';

export const CompoundListQuery = graphql(`
  query CompoundList($filter: CompoundFilter, $sort: CompoundSort, $first: Int, $after: String, $last: Int, $before: String) {
    compounds(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          name
          yearBuilt
          households
          floorArea
          managementStatus
          closureStatus
          street {
            id
            name
          }
          community {
            id
            name
          }
        }
      }
    }
  }
`);
