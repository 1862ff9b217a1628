import { graphql } from '@/gql';

/** One gate's devices (oldest first) and its keys; a key itself is never readable after it is issued. */
export const GateDevicesQuery = graphql(`
  query GateDevices($gateId: ID!) {
    gateDevices(gateId: $gateId) {
      id
      gateId
      kind
      vendor
      serial
      firmware
      installedOn
      status
      heartbeatIntervalSeconds
      online
      lastSeenAt
      silentSince
    }
    deviceKeys(gateId: $gateId) {
      id
      deviceId
      keyPrefix
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

export const CreateGateDeviceMutation = graphql(`
  mutation CreateGateDevice($input: CreateGateDeviceInput!) {
    createGateDevice(input: $input) {
      key
      device {
        id
        vendor
        serial
      }
      deviceKey {
        id
        keyPrefix
      }
    }
  }
`);

export const UpdateGateDeviceMutation = graphql(`
  mutation UpdateGateDevice($id: ID!, $input: UpdateGateDeviceInput!) {
    updateGateDevice(id: $id, input: $input) {
      id
      status
    }
  }
`);

export const RotateGateDeviceKeyMutation = graphql(`
  mutation RotateGateDeviceKey($id: ID!) {
    rotateGateDeviceKey(id: $id) {
      key
      deviceKey {
        id
        keyPrefix
      }
    }
  }
`);

export const RetireGateDeviceMutation = graphql(`
  mutation RetireGateDevice($id: ID!) {
    retireGateDevice(id: $id) {
      id
      status
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
