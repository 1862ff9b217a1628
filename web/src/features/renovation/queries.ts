import { graphql } from '@/gql';

export const ProgressFiguresFragment = graphql(`
  fragment ProgressFigures on StreetRenovationProgress {
    streetId
    street {
      id
      name
    }
    projectCount
    budget
    spent
    completedStages
    completedOnTime
    onTimeShare
    overdueProjects
    funnel {
      stage
      current
      reached
    }
    finished {
      projectId
      closedOn
      compound {
        id
        name
      }
    }
    projects {
      id
      stage
      budget
      spent
      compound {
        id
        name
      }
    }
  }
`);

export const RenovationProgressQuery = graphql(`
  query RenovationProgress($districtId: ID!) {
    renovationProgress(districtId: $districtId) {
      districtId
      district {
        id
        name
      }
      projectCount
      budget
      spent
      completedStages
      completedOnTime
      onTimeShare
      overdueProjects
      funnel {
        stage
        current
        reached
      }
      finished {
        projectId
        closedOn
        compound {
          id
          name
        }
        street {
          id
          name
        }
      }
      streets {
        ...ProgressFigures
      }
    }
  }
`);

export const RenovationProjectsQuery = graphql(`
  query RenovationProjects($filter: RenovationProjectFilter, $first: Int, $after: String, $last: Int, $before: String) {
    renovationProjects(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          stage
          budget
          spent
          compound {
            id
            name
          }
          street {
            id
            name
          }
          stages {
            stage
            plannedOn
            actualOn
            daysOverdue
          }
        }
      }
    }
  }
`);

export const RenovationAlertsQuery = graphql(`
  query RenovationAlerts($filter: AlertFilter, $first: Int, $after: String) {
    alerts(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          openedAt
          compound {
            id
            name
          }
          street {
            id
            name
          }
          overdueStage {
            stage
            dueOn
            since
            daysOverdue
            projectId
          }
        }
      }
    }
  }
`);

export const ProjectDetailFieldsFragment = graphql(`
  fragment ProjectDetailFields on RenovationProject {
    id
    stage
    budget
    spent
    plannedStartOn
    contractor
    propertyCompany
    updatedAt
    compound {
      id
      name
      closureStatus
    }
    street {
      id
      name
    }
    district {
      id
      name
    }
    templateCompound {
      id
      name
    }
    stages {
      stage
      plannedOn
      actualOn
      daysOverdue
    }
    workItems {
      id
      kind
      description
      budget
      spent
    }
    history {
      id
      kind
      fromStage
      toStage
      actualOn
      actorName
      changedAt
      reason
    }
  }
`);

export const RenovationProjectQuery = graphql(`
  query RenovationProject($id: ID!) {
    renovationProject(id: $id) {
      ...ProjectDetailFields
    }
  }
`);

export const AdvanceStageMutation = graphql(`
  mutation AdvanceRenovationStage($id: ID!, $input: AdvanceRenovationStageInput!) {
    advanceRenovationStage(id: $id, input: $input) {
      ...ProjectDetailFields
    }
  }
`);

export const CorrectStageMutation = graphql(`
  mutation CorrectRenovationStage($id: ID!, $input: CorrectRenovationStageInput!) {
    correctRenovationStage(id: $id, input: $input) {
      ...ProjectDetailFields
    }
  }
`);

/** Compounds of the caller's area that have no project yet: the ones a new project may be for. */
export const ProjectCandidatesQuery = graphql(`
  query RenovationCandidateCompounds($search: String) {
    compounds(first: 50, filter: { hasRenovationProject: false, search: $search }) {
      totalCount
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** Finished projects (closed or handed over): their compounds may serve as a template. */
export const ProjectTemplatesQuery = graphql(`
  query RenovationTemplateProjects {
    renovationProjects(first: 100, filter: { stages: [CLOSED, HANDED_OVER] }) {
      edges {
        node {
          id
          budget
          compound {
            id
            name
          }
          workItems {
            id
          }
        }
      }
    }
  }
`);

export const CreateProjectMutation = graphql(`
  mutation CreateRenovationProject($input: CreateRenovationProjectInput!) {
    createRenovationProject(input: $input) {
      id
    }
  }
`);

export const UpdateProjectMutation = graphql(`
  mutation UpdateRenovationProject($id: ID!, $input: UpdateRenovationProjectInput!) {
    updateRenovationProject(id: $id, input: $input) {
      ...ProjectDetailFields
    }
  }
`);
