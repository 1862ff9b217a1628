import { graphql } from '@/gql';

export const UsersQuery = graphql(`
  query Users {
    users {
      id
      username
      displayName
      role
      districtId
      streetId
      communityId
      hasTotp
      lockedUntil
      disabledAt
    }
  }
`);

/** Names for the place column; communities are looked up one by one (few accounts have one). */
export const PlaceNamesQuery = graphql(`
  query PlaceNames {
    districts {
      id
      name
    }
    streets {
      id
      name
    }
  }
`);

export const CommunityNameQuery = graphql(`
  query CommunityName($id: ID!) {
    community(id: $id) {
      id
      name
    }
  }
`);

export const CreateUserMutation = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      username
    }
  }
`);

export const SetUserDisabledMutation = graphql(`
  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {
    setUserDisabled(id: $id, disabled: $disabled) {
      id
      disabledAt
    }
  }
`);

export const UnlockUserMutation = graphql(`
  mutation UnlockUser($id: ID!) {
    unlockUser(id: $id) {
      id
      lockedUntil
    }
  }
`);

export const RevokeUserSessionsMutation = graphql(`
  mutation RevokeUserSessions($id: ID!) {
    revokeUserSessions(id: $id)
  }
`);
