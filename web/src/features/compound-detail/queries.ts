import { graphql } from '@/gql';

export const CompoundDetailQuery = graphql(`
  query CompoundDetail($id: ID!) {
    compound(id: $id) {
      id
      name
      aliases
      address
      yearBuilt
      isOld
      buildings
      households
      floorArea
      origin
      propertyRights
      propertyRightsUnit
      caretaker
      managementStatus
      closureStatus
      district {
        id
        name
      }
      street {
        id
        name
      }
      community {
        id
        name
      }
      gates {
        id
        name
        kind
        state
      }
    }
  }
`);
