import { graphql } from '@/gql';

export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditFilter, $first: Int, $after: String, $last: Int, $before: String) {
    auditLog(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          seq
          occurredAt
          actorName
          actorRole
          action
          outcome
          targetType
          targetId
          ip
          reason
        }
      }
    }
  }
`);

export const AuditVerificationQuery = graphql(`
  query AuditVerification {
    auditVerification {
      ok
      checked
      headSeq
      brokenAt {
        seq
        reason
        occurredAt
      }
    }
  }
`);
