import { graphql } from '@/gql';

export const FeeFiguresFragment = graphql(`
  fragment FeeFigures on FeeAdoptionMonth {
    month
    householdsBilled
    householdsPaying
    payingShare
    amountBilled
    amountCollected
    collectionRate
  }
`);

export const FeeAdoptionQuery = graphql(`
  query FeeAdoption($area: FeeAreaInput!, $fromMonth: String, $toMonth: String) {
    feeAdoption(area: $area, fromMonth: $fromMonth, toMonth: $toMonth) {
      level
      areaId
      name
      months {
        ...FeeFigures
      }
    }
  }
`);

/** One month one level down: a district's streets, a street's compounds. */
export const FeeBreakdownQuery = graphql(`
  query FeeBreakdown($area: FeeAreaInput!, $month: String!) {
    feeAdoption(area: $area, fromMonth: $month, toMonth: $month) {
      areaId
      breakdown(month: $month) {
        level
        areaId
        name
        figures {
          ...FeeFigures
        }
      }
    }
  }
`);

/** Streets in the caller's scope (a street office sees its own). */
export const FeeStreetOptionsQuery = graphql(`
  query FeeStreetOptions($districtId: ID) {
    streets(districtId: $districtId) {
      id
      name
    }
  }
`);

/** Compounds of one street, by name; a street has fewer than the page maximum of 100. */
export const FeeCompoundOptionsQuery = graphql(`
  query FeeCompoundOptions($streetId: ID!) {
    compounds(filter: { streetId: $streetId }, sort: { field: NAME, direction: ASC }, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const FeeContractFieldsFragment = graphql(`
  fragment FeeContractFields on FeeContract {
    id
    compoundId
    company
    startDate
    feePerM2
    updatedAt
  }
`);

export const FeeContractQuery = graphql(`
  query FeeContract($compoundId: ID!) {
    feeContract(compoundId: $compoundId) {
      ...FeeContractFields
    }
  }
`);

export const SetFeeContractMutation = graphql(`
  mutation SetFeeContract($input: FeeContractInput!) {
    setFeeContract(input: $input) {
      ...FeeContractFields
    }
  }
`);

export const LedgerTemplateQuery = graphql(`
  query LedgerTemplate($compoundId: ID!, $month: String!) {
    ledgerTemplate(compoundId: $compoundId, month: $month) {
      base64
      filename
      mimeType
      rows
    }
  }
`);

export const LedgerImportFieldsFragment = graphql(`
  fragment LedgerImportFields on LedgerImport {
    id
    compoundId
    month
    fileName
    fileSize
    state
    percent
    rowsTotal
    rowsValidated
    rowsStored
    errorCount
    createdAt
    finishedAt
  }
`);

export const StartLedgerImportMutation = graphql(`
  mutation StartLedgerImport($compoundId: ID!, $month: String!, $fileBase64: String!, $fileName: String) {
    startLedgerImport(compoundId: $compoundId, month: $month, fileBase64: $fileBase64, fileName: $fileName) {
      ...LedgerImportFields
    }
  }
`);

export const LedgerImportQuery = graphql(`
  query LedgerImport($id: ID!) {
    ledgerImport(id: $id) {
      ...LedgerImportFields
    }
  }
`);

export const LedgerImportErrorsQuery = graphql(`
  query LedgerImportErrors($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    ledgerImport(id: $id) {
      id
      errors(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        edges {
          cursor
          node {
            sheet
            row
            column
            kind
            reason
          }
        }
      }
    }
  }
`);

export const ExportAdoptionReportMutation = graphql(`
  mutation ExportAdoptionReport($area: FeeAreaInput!, $fromMonth: String!, $toMonth: String!, $reason: String!) {
    exportAdoptionReport(area: $area, fromMonth: $fromMonth, toMonth: $toMonth, reason: $reason) {
      base64
      filename
      mimeType
      rows
    }
  }
`);
