import { graphql } from '@/gql';

export const CriterionFieldsFragment = graphql(`
  fragment CriterionFields on QualificationCriterionResult {
    criterion
    outcome
    value
    threshold
    explanation
  }
`);

export const ClosureCandidatesQuery = graphql(`
  query ClosureCandidates(
    $filter: ClosureCandidateFilter
    $sort: ClosureCandidateSort
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    closureCandidates(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      byStreet {
        streetId
        street {
          id
          name
        }
        qualified
        nearly
        blocked
        total
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          compoundId
          status
          unmet
          summary
          missing
          compound {
            id
            name
            households
          }
          street {
            id
            name
          }
        }
      }
    }
  }
`);

export const CompoundQualificationQuery = graphql(`
  query CompoundQualification($compoundId: ID!) {
    compound(id: $compoundId) {
      id
      name
      households
      districtId
      street {
        id
        name
      }
      community {
        id
        name
      }
    }
    compoundQualification(compoundId: $compoundId) {
      compoundId
      status
      unmet
      summary
      missing
      ruleSetVersion
      assessmentVersion
      computedAt
      criteria {
        ...CriterionFields
      }
    }
  }
`);

/** Only polled after an assessment is saved: is the stored result computed from it yet? */
export const QualificationStampQuery = graphql(`
  query QualificationStamp($compoundId: ID!) {
    compoundQualification(compoundId: $compoundId) {
      compoundId
      assessmentVersion
      computedAt
    }
  }
`);

export const CompoundAssessmentsQuery = graphql(`
  query CompoundAssessments($compoundId: ID!) {
    compoundAssessments(compoundId: $compoundId) {
      id
      version
      rightsClarity
      rightsUnit
      hasCaretaker
      caretaker
      caretakerSince
      surveyHouseholdsAsked
      surveyHouseholdsWilling
      surveyAcceptedFee
      closableGates
      entrancesToKeep
      fireLane
      evidence
      recordedByName
      recordedAt
    }
  }
`);

export const RecordAssessmentMutation = graphql(`
  mutation RecordCompoundAssessment($input: AssessmentInput!) {
    recordCompoundAssessment(input: $input) {
      id
      version
    }
  }
`);

export const RuleSetFieldsFragment = graphql(`
  fragment RuleSetFields on QualificationRuleSet {
    id
    version
    status
    note
    minRightsClarity
    caretakerRequired
    minWillingShare
    minAcceptedFee
    minClosableGates
    maxEntrancesToKeep
    fireLaneRequired
    createdByName
    createdAt
    activatedAt
  }
`);

export const RuleSetsQuery = graphql(`
  query QualificationRuleSets($districtId: ID) {
    qualificationRuleSets(districtId: $districtId) {
      ...RuleSetFields
    }
  }
`);

export const WhatIfQuery = graphql(`
  query QualificationWhatIf($rules: RuleSetInput!) {
    qualificationWhatIf(rules: $rules) {
      activeVersion
      compounds
      qualifiedNow
      qualifiedWithDraft
      changedCount
      streets {
        streetId
        street {
          id
          name
        }
        compounds
        qualifiedNow
        qualifiedWithDraft
        nearlyNow
        nearlyWithDraft
        changed
      }
      changes {
        compoundId
        compound {
          id
          name
        }
        before
        after
        reasons
        summary
      }
    }
  }
`);

export const CreateRuleSetMutation = graphql(`
  mutation CreateQualificationRuleSet($input: RuleSetInput!) {
    createQualificationRuleSet(input: $input) {
      ...RuleSetFields
    }
  }
`);

export const ActivateRuleSetMutation = graphql(`
  mutation ActivateQualificationRuleSet($id: ID!) {
    activateQualificationRuleSet(id: $id) {
      ...RuleSetFields
    }
  }
`);
