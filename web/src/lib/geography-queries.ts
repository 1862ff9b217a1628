import { graphql } from '@/gql';

/** Option lists for the place selectors (overview and compound filters). */
export const DistrictOptionsQuery = graphql(`
  query DistrictOptions {
    districts {
      id
      name
    }
  }
`);

export const StreetOptionsQuery = graphql(`
  query StreetOptions($districtId: ID!) {
    streets(districtId: $districtId) {
      id
      name
    }
  }
`);

/** Communities of one street; a street has far fewer than the page maximum of 100. */
export const CommunityOptionsQuery = graphql(`
  query CommunityOptions($streetId: ID!) {
    communities(streetId: $streetId, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
