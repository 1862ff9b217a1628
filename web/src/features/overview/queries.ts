import { graphql } from '@/gql';

export const DistrictOverviewQuery = graphql(`
  query DistrictOverview($id: ID!) {
    district(id: $id) {
      id
      name
      stats {
        compounds
        oldCompounds
        households
        closedShareOfOld
        byClosureStatus {
          status
          count
        }
      }
      streets {
        id
        name
        kind
        stats {
          compounds
          oldCompounds
          households
          byClosureStatus {
            status
            count
          }
        }
      }
      trend(days: 90) {
        day
        open
        planned
        underRenovation
        closed
      }
    }
  }
`);
