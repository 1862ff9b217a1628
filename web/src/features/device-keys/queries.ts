import { graphql } from '@/gql';

/** Every key (or one gate's), newest first; the key itself is never readable after creation. */
export const DeviceKeysQuery = graphql(`
  query DeviceKeys($gateId: ID) {
    deviceKeys(gateId: $gateId) {
      id
      gateId
      compoundId
      name
      keyPrefix
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

export const CreateDeviceKeyMutation = graphql(`
  mutation CreateDeviceKey($gateId: ID!, $name: String!) {
    createDeviceKey(gateId: $gateId, name: $name) {
      key
      deviceKey {
        id
        name
        keyPrefix
      }
    }
  }
`);

export const RevokeDeviceKeyMutation = graphql(`
  mutation RevokeDeviceKey($id: ID!) {
    revokeDeviceKey(id: $id) {
      id
      revokedAt
    }
  }
`);
