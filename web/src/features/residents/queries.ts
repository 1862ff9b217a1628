import { graphql } from '@/gql';

/** Every field the table shows; the API masks name, ID number, phone and plate before they leave it. */
export const ResidentRowFragment = graphql(`
  fragment ResidentRow on Resident {
    id
    compoundId
    building
    unit
    room
    name
    idNumber
    phone
    plate
    registeredAt
  }
`);

export const ResidentListQuery = graphql(`
  query ResidentList($filter: ResidentFilter, $first: Int, $after: String, $last: Int, $before: String) {
    residents(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          ...ResidentRow
        }
      }
    }
  }
`);

/** Communities in the caller's scope (the API cuts the list); a street or district has far fewer than 100. */
export const ResidentCommunityOptionsQuery = graphql(`
  query ResidentCommunityOptions {
    communities(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const ResidentCompoundOptionsQuery = graphql(`
  query ResidentCompoundOptions($communityId: ID!) {
    compounds(filter: { communityId: $communityId }, sort: { field: NAME, direction: ASC }, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const ResidentCompoundNameQuery = graphql(`
  query ResidentCompoundName($id: ID!) {
    compound(id: $id) {
      id
      name
    }
  }
`);

export const RegisterResidentMutation = graphql(`
  mutation RegisterResident($input: RegisterResidentInput!) {
    registerResident(input: $input) {
      ...ResidentRow
    }
  }
`);

/** Unmasked values: audited on the server with the reason, and kept by the page only while the dialog is open. */
export const RevealResidentMutation = graphql(`
  mutation RevealResident($id: ID!, $reason: String!) {
    revealResident(id: $id, reason: $reason) {
      id
      name
      idNumber
      phone
      plate
    }
  }
`);

export const ExportResidentsMutation = graphql(`
  mutation ExportResidents($filter: ResidentFilter, $reason: String!) {
    exportResidents(filter: $filter, reason: $reason) {
      filename
      mimeType
      base64
      rows
    }
  }
`);
