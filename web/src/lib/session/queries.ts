import { graphql } from '@/gql';

export const SessionMeFragment = graphql(`
  fragment SessionMe on Me {
    id
    username
    displayName
    role
    districtId
    streetId
    communityId
    secondFactor
    hasTotp
    secondFactorRequired
    passwordExpired
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...SessionMe
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      expiresAt
      me {
        ...SessionMe
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
