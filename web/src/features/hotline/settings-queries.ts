import { graphql } from '@/gql';

/** What the settings form starts from: the compound's gates, the recorded settings, and the answers they feed. */
export const HotlineCompoundSettingsQuery = graphql(`
  query HotlineCompoundSettings($compoundId: ID!) {
    compound(id: $compoundId) {
      id
      gates {
        id
        name
        state
      }
    }
    hotlineCard(compoundId: $compoundId) {
      compoundId
      name
      streetName
      communityName
      answers {
        category
        title
        script
        values {
          name
          value
        }
      }
      profile {
        compoundId
        enrolmentPlace
        enrolmentHours
        homeVisits
        familyPhotos
        nonFaceMethods
        faceDataOnDevice
        vendorFiled
        gateHours {
          gateId
          hours
        }
        updatedAt
      }
    }
  }
`);

export const SetHotlineCompoundProfileMutation = graphql(`
  mutation SetHotlineCompoundProfile($input: HotlineCompoundProfileInput!) {
    setHotlineCompoundProfile(input: $input) {
      compoundId
      updatedAt
    }
  }
`);

export const HotlineTimeLimitsQuery = graphql(`
  query HotlineTimeLimits {
    hotlineTimeLimits {
      category
      respondWithinHours
      resolveWithinHours
      updatedAt
    }
  }
`);

export const SetHotlineTimeLimitMutation = graphql(`
  mutation SetHotlineTimeLimit($input: SetHotlineTimeLimitInput!) {
    setHotlineTimeLimit(input: $input) {
      category
      respondWithinHours
      resolveWithinHours
      updatedAt
    }
  }
`);
