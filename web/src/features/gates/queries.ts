import { graphql } from '@/gql';

export const GateTrafficFragment = graphql(`
  fragment GateTrafficFigures on GateTraffic {
    face
    card
    qr
    pin
    volunteer
    passes
    faceShare
    denials
    temperatureReadings
    fever
  }
`);

export const GateOperationsQuery = graphql(`
  query GateOperations($place: GatePlaceInput!, $from: DateTimeISO, $to: DateTimeISO, $bucket: GateBucket) {
    gateOperations(place: $place, from: $from, to: $to, bucket: $bucket) {
      level
      placeId
      name
      from
      to
      bucket
      path {
        level
        id
        name
      }
      totals {
        ...GateTrafficFigures
      }
      series {
        at
        ...GateTrafficFigures
      }
      children {
        level
        id
        name
        devices
        devicesOffline
        ...GateTrafficFigures
      }
      deviceSummary {
        total
        online
        offline
        maintenance
      }
      devices {
        id
        gateId
        gateName
        compoundId
        compoundName
        kind
        vendor
        serial
        firmware
        status
        online
        lastSeenAt
        silentSince
      }
    }
  }
`);

/** What the /gates/live stream forwards, one event per message. */
export const GateLiveSubscription = graphql(`
  subscription GateLive($place: GatePlaceInput!) {
    gateLive(place: $place) {
      kind
      gateId
      compoundId
      streetId
      at
      activity {
        passes
        face
        denials
        fever
        plates
      }
      device {
        deviceId
        online
        status
        lastSeenAt
      }
    }
  }
`);
