import { graphql } from '@/gql';

export const HotlineSearchQuery = graphql(`
  query HotlineSearch($text: String!, $limit: Int) {
    hotlineSearch(text: $text, limit: $limit) {
      compoundId
      name
      streetName
      communityName
      score
      matchedBy
    }
  }
`);

export const HotlineTicketFieldsFragment = graphql(`
  fragment HotlineTicketFields on HotlineTicket {
    id
    status
    category
    compoundId
    compoundName
    communityName
    streetName
    request
    reply
    resolution
    callerPhone
    assigneeName
    overdue
    overdueSince
    respondDueAt
    resolveDueAt
    respondedAt
    resolvedAt
    createdAt
  }
`);

export const HotlineCardQuery = graphql(`
  query HotlineCard($compoundId: ID!) {
    hotlineCard(compoundId: $compoundId) {
      compoundId
      name
      aliases
      address
      streetName
      communityName
      closureStatus
      answers {
        category
        title
        script
        templateVersion
      }
      replies {
        ...HotlineTicketFields
      }
      openTickets {
        ...HotlineTicketFields
      }
    }
  }
`);

export const HotlineCallerTicketsQuery = graphql(`
  query HotlineCallerTickets($callerPhone: String!) {
    hotlineCallerTickets(callerPhone: $callerPhone) {
      ...HotlineTicketFields
    }
  }
`);

export const LogHotlineCallMutation = graphql(`
  mutation LogHotlineCall($input: LogHotlineCallInput!) {
    logHotlineCall(input: $input) {
      id
      callerPhone
      ticketId
      followUp
    }
  }
`);

export const HotlineTicketsQuery = graphql(`
  query HotlineTickets($filter: HotlineTicketFilter, $limit: Int, $offset: Int) {
    hotlineTickets(filter: $filter, limit: $limit, offset: $offset) {
      totalCount
      items {
        ...HotlineTicketFields
      }
    }
  }
`);

export const HotlineTicketQuery = graphql(`
  query HotlineTicket($id: ID!) {
    hotlineTicket(id: $id) {
      ...HotlineTicketFields
      satisfaction
      history {
        fromStatus
        toStatus
        note
        actorName
        at
      }
    }
  }
`);

export const AssignHotlineTicketMutation = graphql(`
  mutation AssignHotlineTicket($id: ID!, $note: String) {
    assignHotlineTicket(id: $id, note: $note) {
      id
      status
    }
  }
`);

export const RespondHotlineTicketMutation = graphql(`
  mutation RespondHotlineTicket($id: ID!, $reply: String!) {
    respondHotlineTicket(id: $id, reply: $reply) {
      id
      status
    }
  }
`);

export const ResolveHotlineTicketMutation = graphql(`
  mutation ResolveHotlineTicket($id: ID!, $resolution: String!) {
    resolveHotlineTicket(id: $id, resolution: $resolution) {
      id
      status
    }
  }
`);

export const CloseHotlineTicketMutation = graphql(`
  mutation CloseHotlineTicket($id: ID!, $satisfaction: HotlineSatisfaction!, $note: String) {
    closeHotlineTicket(id: $id, satisfaction: $satisfaction, note: $note) {
      id
      status
    }
  }
`);

export const HotlineWeekFieldsFragment = graphql(`
  fragment HotlineWeekFields on HotlineWeekFigures {
    week
    streetId
    streetName
    calls
    answeredFirstCall
    firstCallShare
    tickets
    ticketsDue
    ticketsOnTime
    onTimeShare
    responseRate
    resolutionRate
    satisfactionRate
    rated
    byCategory {
      category
      calls
    }
  }
`);

export const HotlineFiguresQuery = graphql(`
  query HotlineFigures($area: HotlineAreaInput!, $fromWeek: String!, $toWeek: String!) {
    hotlineFigures(area: $area, fromWeek: $fromWeek, toWeek: $toWeek) {
      fromWeek
      toWeek
      weeks {
        ...HotlineWeekFields
      }
      rows {
        ...HotlineWeekFields
      }
      hotCompounds {
        compoundId
        name
        streetName
        calls
      }
    }
  }
`);

export const ExportHotlineFiguresMutation = graphql(`
  mutation ExportHotlineFigures($area: HotlineAreaInput!, $fromWeek: String!, $toWeek: String!, $reason: String!) {
    exportHotlineFigures(area: $area, fromWeek: $fromWeek, toWeek: $toWeek, reason: $reason) {
      base64
      filename
      mimeType
      rows
    }
  }
`);

export const HotlineTemplatesQuery = graphql(`
  query HotlineTemplates($category: HotlineCategory!) {
    hotlineTemplates(category: $category) {
      id
      category
      version
      body
      districtId
      variables
      createdAt
      createdByName
    }
    hotlineTemplateVariables(category: $category) {
      name
      description
    }
  }
`);

export const SaveHotlineTemplateMutation = graphql(`
  mutation SaveHotlineTemplate($input: SaveHotlineTemplateInput!) {
    saveHotlineTemplate(input: $input) {
      id
      version
    }
  }
`);
