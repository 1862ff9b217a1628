/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n      qrSvg\n    }\n  }\n": typeof types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code)\n  }\n": typeof types.ConfirmTotpEnrolmentDocument,
    "\n  mutation RegenerateRecoveryCodes {\n    regenerateRecoveryCodes\n  }\n": typeof types.RegenerateRecoveryCodesDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Users {\n    users {\n      id\n      username\n      displayName\n      role\n      districtId\n      streetId\n      communityId\n      hasTotp\n      lockedUntil\n      disabledAt\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query PlaceNames {\n    districts {\n      id\n      name\n    }\n    streets {\n      id\n      name\n    }\n  }\n": typeof types.PlaceNamesDocument,
    "\n  query CommunityName($id: ID!) {\n    community(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.CommunityNameDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      id\n      disabledAt\n    }\n  }\n": typeof types.SetUserDisabledDocument,
    "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      id\n      lockedUntil\n    }\n  }\n": typeof types.UnlockUserDocument,
    "\n  mutation RevokeUserSessions($id: ID!) {\n    revokeUserSessions(id: $id)\n  }\n": typeof types.RevokeUserSessionsDocument,
    "\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    auditLog(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          seq\n          occurredAt\n          actorName\n          actorRole\n          action\n          outcome\n          targetType\n          targetId\n          ip\n          reason\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditVerification {\n    auditVerification {\n      ok\n      checked\n      headSeq\n      brokenAt {\n        seq\n        reason\n        occurredAt\n      }\n    }\n  }\n": typeof types.AuditVerificationDocument,
    "\n  query CompoundDetail($id: ID!) {\n    compound(id: $id) {\n      id\n      name\n      aliases\n      address\n      yearBuilt\n      isOld\n      buildings\n      households\n      floorArea\n      origin\n      propertyRights\n      propertyRightsUnit\n      caretaker\n      managementStatus\n      closureStatus\n      district {\n        id\n        name\n      }\n      street {\n        id\n        name\n      }\n      community {\n        id\n        name\n      }\n      gates {\n        id\n        name\n        kind\n        state\n      }\n    }\n  }\n": typeof types.CompoundDetailDocument,
    "\n  query CompoundList($filter: CompoundFilter, $sort: CompoundSort, $first: Int, $after: String, $last: Int, $before: String) {\n    compounds(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          yearBuilt\n          households\n          floorArea\n          managementStatus\n          closureStatus\n          street {\n            id\n            name\n          }\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CompoundListDocument,
    "\n  query GateDevices($gateId: ID!) {\n    gateDevices(gateId: $gateId) {\n      id\n      gateId\n      kind\n      vendor\n      serial\n      firmware\n      installedOn\n      status\n      heartbeatIntervalSeconds\n      online\n      lastSeenAt\n      silentSince\n    }\n    deviceKeys(gateId: $gateId) {\n      id\n      deviceId\n      keyPrefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.GateDevicesDocument,
    "\n  mutation CreateGateDevice($input: CreateGateDeviceInput!) {\n    createGateDevice(input: $input) {\n      key\n      device {\n        id\n        vendor\n        serial\n      }\n      deviceKey {\n        id\n        keyPrefix\n      }\n    }\n  }\n": typeof types.CreateGateDeviceDocument,
    "\n  mutation UpdateGateDevice($id: ID!, $input: UpdateGateDeviceInput!) {\n    updateGateDevice(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.UpdateGateDeviceDocument,
    "\n  mutation RotateGateDeviceKey($id: ID!) {\n    rotateGateDeviceKey(id: $id) {\n      key\n      deviceKey {\n        id\n        keyPrefix\n      }\n    }\n  }\n": typeof types.RotateGateDeviceKeyDocument,
    "\n  mutation RetireGateDevice($id: ID!) {\n    retireGateDevice(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RetireGateDeviceDocument,
    "\n  mutation RevokeDeviceKey($id: ID!) {\n    revokeDeviceKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeDeviceKeyDocument,
    "\n  fragment FeeFigures on FeeAdoptionMonth {\n    month\n    householdsBilled\n    householdsPaying\n    payingShare\n    amountBilled\n    amountCollected\n    collectionRate\n  }\n": typeof types.FeeFiguresFragmentDoc,
    "\n  query FeeAdoption($area: FeeAreaInput!, $fromMonth: String, $toMonth: String) {\n    feeAdoption(area: $area, fromMonth: $fromMonth, toMonth: $toMonth) {\n      level\n      areaId\n      name\n      months {\n        ...FeeFigures\n      }\n    }\n  }\n": typeof types.FeeAdoptionDocument,
    "\n  query FeeBreakdown($area: FeeAreaInput!, $month: String!) {\n    feeAdoption(area: $area, fromMonth: $month, toMonth: $month) {\n      areaId\n      breakdown(month: $month) {\n        level\n        areaId\n        name\n        figures {\n          ...FeeFigures\n        }\n      }\n    }\n  }\n": typeof types.FeeBreakdownDocument,
    "\n  query FeeStreetOptions($districtId: ID) {\n    streets(districtId: $districtId) {\n      id\n      name\n    }\n  }\n": typeof types.FeeStreetOptionsDocument,
    "\n  query FeeCompoundOptions($streetId: ID!) {\n    compounds(filter: { streetId: $streetId }, sort: { field: NAME, direction: ASC }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.FeeCompoundOptionsDocument,
    "\n  fragment FeeContractFields on FeeContract {\n    id\n    compoundId\n    company\n    startDate\n    feePerM2\n    updatedAt\n  }\n": typeof types.FeeContractFieldsFragmentDoc,
    "\n  query FeeContract($compoundId: ID!) {\n    feeContract(compoundId: $compoundId) {\n      ...FeeContractFields\n    }\n  }\n": typeof types.FeeContractDocument,
    "\n  mutation SetFeeContract($input: FeeContractInput!) {\n    setFeeContract(input: $input) {\n      ...FeeContractFields\n    }\n  }\n": typeof types.SetFeeContractDocument,
    "\n  query LedgerTemplate($compoundId: ID!, $month: String!) {\n    ledgerTemplate(compoundId: $compoundId, month: $month) {\n      base64\n      filename\n      mimeType\n      rows\n    }\n  }\n": typeof types.LedgerTemplateDocument,
    "\n  fragment LedgerImportFields on LedgerImport {\n    id\n    compoundId\n    month\n    fileName\n    fileSize\n    state\n    percent\n    rowsTotal\n    rowsValidated\n    rowsStored\n    errorCount\n    createdAt\n    finishedAt\n  }\n": typeof types.LedgerImportFieldsFragmentDoc,
    "\n  mutation StartLedgerImport($compoundId: ID!, $month: String!, $fileBase64: String!, $fileName: String) {\n    startLedgerImport(compoundId: $compoundId, month: $month, fileBase64: $fileBase64, fileName: $fileName) {\n      ...LedgerImportFields\n    }\n  }\n": typeof types.StartLedgerImportDocument,
    "\n  query LedgerImport($id: ID!) {\n    ledgerImport(id: $id) {\n      ...LedgerImportFields\n    }\n  }\n": typeof types.LedgerImportDocument,
    "\n  query LedgerImportErrors($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    ledgerImport(id: $id) {\n      id\n      errors(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            sheet\n            row\n            column\n            kind\n            reason\n          }\n        }\n      }\n    }\n  }\n": typeof types.LedgerImportErrorsDocument,
    "\n  mutation ExportAdoptionReport($area: FeeAreaInput!, $fromMonth: String!, $toMonth: String!, $reason: String!) {\n    exportAdoptionReport(area: $area, fromMonth: $fromMonth, toMonth: $toMonth, reason: $reason) {\n      base64\n      filename\n      mimeType\n      rows\n    }\n  }\n": typeof types.ExportAdoptionReportDocument,
    "\n  fragment GateTrafficFigures on GateTraffic {\n    face\n    card\n    qr\n    pin\n    volunteer\n    passes\n    faceShare\n    denials\n    temperatureReadings\n    fever\n  }\n": typeof types.GateTrafficFiguresFragmentDoc,
    "\n  query GateOperations($place: GatePlaceInput!, $from: DateTimeISO, $to: DateTimeISO, $bucket: GateBucket) {\n    gateOperations(place: $place, from: $from, to: $to, bucket: $bucket) {\n      level\n      placeId\n      name\n      from\n      to\n      bucket\n      path {\n        level\n        id\n        name\n      }\n      totals {\n        ...GateTrafficFigures\n      }\n      series {\n        at\n        ...GateTrafficFigures\n      }\n      children {\n        level\n        id\n        name\n        devices\n        devicesOffline\n        ...GateTrafficFigures\n      }\n      deviceSummary {\n        total\n        online\n        offline\n        maintenance\n      }\n      devices {\n        id\n        gateId\n        gateName\n        compoundId\n        compoundName\n        kind\n        vendor\n        serial\n        firmware\n        status\n        online\n        lastSeenAt\n        silentSince\n      }\n    }\n  }\n": typeof types.GateOperationsDocument,
    "\n  subscription GateLive($place: GatePlaceInput!) {\n    gateLive(place: $place) {\n      kind\n      gateId\n      compoundId\n      streetId\n      at\n      activity {\n        passes\n        face\n        denials\n        fever\n        plates\n      }\n      device {\n        deviceId\n        online\n        status\n        lastSeenAt\n      }\n    }\n  }\n": typeof types.GateLiveDocument,
    "\n  query HotlineSearch($text: String!, $limit: Int) {\n    hotlineSearch(text: $text, limit: $limit) {\n      compoundId\n      name\n      streetName\n      communityName\n      score\n      matchedBy\n    }\n  }\n": typeof types.HotlineSearchDocument,
    "\n  fragment HotlineTicketFields on HotlineTicket {\n    id\n    status\n    category\n    compoundId\n    compoundName\n    communityName\n    streetName\n    request\n    reply\n    resolution\n    callerPhone\n    assigneeName\n    overdue\n    overdueSince\n    respondDueAt\n    resolveDueAt\n    respondedAt\n    resolvedAt\n    createdAt\n  }\n": typeof types.HotlineTicketFieldsFragmentDoc,
    "\n  query HotlineCard($compoundId: ID!) {\n    hotlineCard(compoundId: $compoundId) {\n      compoundId\n      name\n      aliases\n      address\n      streetName\n      communityName\n      closureStatus\n      answers {\n        category\n        title\n        script\n        templateVersion\n      }\n      replies {\n        ...HotlineTicketFields\n      }\n      openTickets {\n        ...HotlineTicketFields\n      }\n    }\n  }\n": typeof types.HotlineCardDocument,
    "\n  query HotlineCallerTickets($callerPhone: String!) {\n    hotlineCallerTickets(callerPhone: $callerPhone) {\n      ...HotlineTicketFields\n    }\n  }\n": typeof types.HotlineCallerTicketsDocument,
    "\n  mutation LogHotlineCall($input: LogHotlineCallInput!) {\n    logHotlineCall(input: $input) {\n      id\n      callerPhone\n      ticketId\n      followUp\n    }\n  }\n": typeof types.LogHotlineCallDocument,
    "\n  query HotlineTickets($filter: HotlineTicketFilter, $limit: Int, $offset: Int) {\n    hotlineTickets(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...HotlineTicketFields\n      }\n    }\n  }\n": typeof types.HotlineTicketsDocument,
    "\n  query HotlineTicket($id: ID!) {\n    hotlineTicket(id: $id) {\n      ...HotlineTicketFields\n      satisfaction\n      history {\n        fromStatus\n        toStatus\n        note\n        actorName\n        at\n      }\n    }\n  }\n": typeof types.HotlineTicketDocument,
    "\n  mutation AssignHotlineTicket($id: ID!, $note: String) {\n    assignHotlineTicket(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.AssignHotlineTicketDocument,
    "\n  mutation RespondHotlineTicket($id: ID!, $reply: String!) {\n    respondHotlineTicket(id: $id, reply: $reply) {\n      id\n      status\n    }\n  }\n": typeof types.RespondHotlineTicketDocument,
    "\n  mutation ResolveHotlineTicket($id: ID!, $resolution: String!) {\n    resolveHotlineTicket(id: $id, resolution: $resolution) {\n      id\n      status\n    }\n  }\n": typeof types.ResolveHotlineTicketDocument,
    "\n  mutation CloseHotlineTicket($id: ID!, $satisfaction: HotlineSatisfaction!, $note: String) {\n    closeHotlineTicket(id: $id, satisfaction: $satisfaction, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.CloseHotlineTicketDocument,
    "\n  fragment HotlineWeekFields on HotlineWeekFigures {\n    week\n    streetId\n    streetName\n    calls\n    answeredFirstCall\n    firstCallShare\n    tickets\n    ticketsDue\n    ticketsOnTime\n    onTimeShare\n    responseRate\n    resolutionRate\n    satisfactionRate\n    rated\n    byCategory {\n      category\n      calls\n    }\n  }\n": typeof types.HotlineWeekFieldsFragmentDoc,
    "\n  query HotlineFigures($area: HotlineAreaInput!, $fromWeek: String!, $toWeek: String!) {\n    hotlineFigures(area: $area, fromWeek: $fromWeek, toWeek: $toWeek) {\n      fromWeek\n      toWeek\n      weeks {\n        ...HotlineWeekFields\n      }\n      rows {\n        ...HotlineWeekFields\n      }\n      hotCompounds {\n        compoundId\n        name\n        streetName\n        calls\n      }\n    }\n  }\n": typeof types.HotlineFiguresDocument,
    "\n  mutation ExportHotlineFigures($area: HotlineAreaInput!, $fromWeek: String!, $toWeek: String!, $reason: String!) {\n    exportHotlineFigures(area: $area, fromWeek: $fromWeek, toWeek: $toWeek, reason: $reason) {\n      base64\n      filename\n      mimeType\n      rows\n    }\n  }\n": typeof types.ExportHotlineFiguresDocument,
    "\n  query HotlineTemplates($category: HotlineCategory!) {\n    hotlineTemplates(category: $category) {\n      id\n      category\n      version\n      body\n      districtId\n      variables\n      createdAt\n      createdByName\n    }\n    hotlineTemplateVariables(category: $category) {\n      name\n      description\n    }\n  }\n": typeof types.HotlineTemplatesDocument,
    "\n  mutation SaveHotlineTemplate($input: SaveHotlineTemplateInput!) {\n    saveHotlineTemplate(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.SaveHotlineTemplateDocument,
    "\n  query HotlineCompoundSettings($compoundId: ID!) {\n    compound(id: $compoundId) {\n      id\n      gates {\n        id\n        name\n        state\n      }\n    }\n    hotlineCard(compoundId: $compoundId) {\n      compoundId\n      name\n      streetName\n      communityName\n      answers {\n        category\n        title\n        script\n        values {\n          name\n          value\n        }\n      }\n      profile {\n        compoundId\n        enrolmentPlace\n        enrolmentHours\n        homeVisits\n        familyPhotos\n        nonFaceMethods\n        faceDataOnDevice\n        vendorFiled\n        gateHours {\n          gateId\n          hours\n        }\n        updatedAt\n      }\n    }\n  }\n": typeof types.HotlineCompoundSettingsDocument,
    "\n  mutation SetHotlineCompoundProfile($input: HotlineCompoundProfileInput!) {\n    setHotlineCompoundProfile(input: $input) {\n      compoundId\n      updatedAt\n    }\n  }\n": typeof types.SetHotlineCompoundProfileDocument,
    "\n  query HotlineTimeLimits {\n    hotlineTimeLimits {\n      category\n      respondWithinHours\n      resolveWithinHours\n      updatedAt\n    }\n  }\n": typeof types.HotlineTimeLimitsDocument,
    "\n  mutation SetHotlineTimeLimit($input: SetHotlineTimeLimitInput!) {\n    setHotlineTimeLimit(input: $input) {\n      category\n      respondWithinHours\n      resolveWithinHours\n      updatedAt\n    }\n  }\n": typeof types.SetHotlineTimeLimitDocument,
    "\n  query DistrictOverview($id: ID!) {\n    district(id: $id) {\n      id\n      name\n      stats {\n        compounds\n        oldCompounds\n        households\n        closedShareOfOld\n        byClosureStatus {\n          status\n          count\n        }\n      }\n      streets {\n        id\n        name\n        kind\n        stats {\n          compounds\n          oldCompounds\n          households\n          byClosureStatus {\n            status\n            count\n          }\n        }\n      }\n      trend(days: 90) {\n        day\n        open\n        planned\n        underRenovation\n        closed\n      }\n    }\n  }\n": typeof types.DistrictOverviewDocument,
    "\n  fragment CriterionFields on QualificationCriterionResult {\n    criterion\n    outcome\n    value\n    threshold\n    explanation\n  }\n": typeof types.CriterionFieldsFragmentDoc,
    "\n  query ClosureCandidates(\n    $filter: ClosureCandidateFilter\n    $sort: ClosureCandidateSort\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    closureCandidates(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      byStreet {\n        streetId\n        street {\n          id\n          name\n        }\n        qualified\n        nearly\n        blocked\n        total\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          compoundId\n          status\n          unmet\n          summary\n          missing\n          compound {\n            id\n            name\n            households\n          }\n          street {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClosureCandidatesDocument,
    "\n  query CompoundQualification($compoundId: ID!) {\n    compound(id: $compoundId) {\n      id\n      name\n      households\n      districtId\n      street {\n        id\n        name\n      }\n      community {\n        id\n        name\n      }\n    }\n    compoundQualification(compoundId: $compoundId) {\n      compoundId\n      status\n      unmet\n      summary\n      missing\n      ruleSetVersion\n      assessmentVersion\n      computedAt\n      criteria {\n        ...CriterionFields\n      }\n    }\n  }\n": typeof types.CompoundQualificationDocument,
    "\n  query QualificationStamp($compoundId: ID!) {\n    compoundQualification(compoundId: $compoundId) {\n      compoundId\n      assessmentVersion\n      computedAt\n    }\n  }\n": typeof types.QualificationStampDocument,
    "\n  query CompoundAssessments($compoundId: ID!) {\n    compoundAssessments(compoundId: $compoundId) {\n      id\n      version\n      rightsClarity\n      rightsUnit\n      hasCaretaker\n      caretaker\n      caretakerSince\n      surveyHouseholdsAsked\n      surveyHouseholdsWilling\n      surveyAcceptedFee\n      closableGates\n      entrancesToKeep\n      fireLane\n      evidence\n      recordedByName\n      recordedAt\n    }\n  }\n": typeof types.CompoundAssessmentsDocument,
    "\n  mutation RecordCompoundAssessment($input: AssessmentInput!) {\n    recordCompoundAssessment(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.RecordCompoundAssessmentDocument,
    "\n  fragment RuleSetFields on QualificationRuleSet {\n    id\n    version\n    status\n    note\n    minRightsClarity\n    caretakerRequired\n    minWillingShare\n    minAcceptedFee\n    minClosableGates\n    maxEntrancesToKeep\n    fireLaneRequired\n    createdByName\n    createdAt\n    activatedAt\n  }\n": typeof types.RuleSetFieldsFragmentDoc,
    "\n  query QualificationRuleSets($districtId: ID) {\n    qualificationRuleSets(districtId: $districtId) {\n      ...RuleSetFields\n    }\n  }\n": typeof types.QualificationRuleSetsDocument,
    "\n  query QualificationWhatIf($rules: RuleSetInput!) {\n    qualificationWhatIf(rules: $rules) {\n      activeVersion\n      compounds\n      qualifiedNow\n      qualifiedWithDraft\n      changedCount\n      streets {\n        streetId\n        street {\n          id\n          name\n        }\n        compounds\n        qualifiedNow\n        qualifiedWithDraft\n        nearlyNow\n        nearlyWithDraft\n        changed\n      }\n      changes {\n        compoundId\n        compound {\n          id\n          name\n        }\n        before\n        after\n        reasons\n        summary\n      }\n    }\n  }\n": typeof types.QualificationWhatIfDocument,
    "\n  mutation CreateQualificationRuleSet($input: RuleSetInput!) {\n    createQualificationRuleSet(input: $input) {\n      ...RuleSetFields\n    }\n  }\n": typeof types.CreateQualificationRuleSetDocument,
    "\n  mutation ActivateQualificationRuleSet($id: ID!) {\n    activateQualificationRuleSet(id: $id) {\n      ...RuleSetFields\n    }\n  }\n": typeof types.ActivateQualificationRuleSetDocument,
    "\n  fragment ProgressFigures on StreetRenovationProgress {\n    streetId\n    street {\n      id\n      name\n    }\n    projectCount\n    budget\n    spent\n    completedStages\n    completedOnTime\n    onTimeShare\n    overdueProjects\n    funnel {\n      stage\n      current\n      reached\n    }\n    finished {\n      projectId\n      closedOn\n      compound {\n        id\n        name\n      }\n    }\n    projects {\n      id\n      stage\n      budget\n      spent\n      compound {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ProgressFiguresFragmentDoc,
    "\n  query RenovationProgress($districtId: ID!) {\n    renovationProgress(districtId: $districtId) {\n      districtId\n      district {\n        id\n        name\n      }\n      projectCount\n      budget\n      spent\n      completedStages\n      completedOnTime\n      onTimeShare\n      overdueProjects\n      funnel {\n        stage\n        current\n        reached\n      }\n      finished {\n        projectId\n        closedOn\n        compound {\n          id\n          name\n        }\n        street {\n          id\n          name\n        }\n      }\n      streets {\n        ...ProgressFigures\n      }\n    }\n  }\n": typeof types.RenovationProgressDocument,
    "\n  query RenovationProjects($filter: RenovationProjectFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    renovationProjects(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          stage\n          budget\n          spent\n          compound {\n            id\n            name\n          }\n          street {\n            id\n            name\n          }\n          stages {\n            stage\n            plannedOn\n            actualOn\n            daysOverdue\n          }\n        }\n      }\n    }\n  }\n": typeof types.RenovationProjectsDocument,
    "\n  query RenovationAlerts($filter: AlertFilter, $first: Int, $after: String) {\n    alerts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          openedAt\n          compound {\n            id\n            name\n          }\n          street {\n            id\n            name\n          }\n          overdueStage {\n            stage\n            dueOn\n            since\n            daysOverdue\n            projectId\n          }\n        }\n      }\n    }\n  }\n": typeof types.RenovationAlertsDocument,
    "\n  fragment ProjectDetailFields on RenovationProject {\n    id\n    stage\n    budget\n    spent\n    plannedStartOn\n    contractor\n    propertyCompany\n    updatedAt\n    compound {\n      id\n      name\n      closureStatus\n    }\n    street {\n      id\n      name\n    }\n    district {\n      id\n      name\n    }\n    templateCompound {\n      id\n      name\n    }\n    stages {\n      stage\n      plannedOn\n      actualOn\n      daysOverdue\n    }\n    workItems {\n      id\n      kind\n      description\n      budget\n      spent\n    }\n    history {\n      id\n      kind\n      fromStage\n      toStage\n      actualOn\n      actorName\n      changedAt\n      reason\n    }\n  }\n": typeof types.ProjectDetailFieldsFragmentDoc,
    "\n  query RenovationProject($id: ID!) {\n    renovationProject(id: $id) {\n      ...ProjectDetailFields\n    }\n  }\n": typeof types.RenovationProjectDocument,
    "\n  mutation AdvanceRenovationStage($id: ID!, $input: AdvanceRenovationStageInput!) {\n    advanceRenovationStage(id: $id, input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": typeof types.AdvanceRenovationStageDocument,
    "\n  mutation CorrectRenovationStage($id: ID!, $input: CorrectRenovationStageInput!) {\n    correctRenovationStage(id: $id, input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": typeof types.CorrectRenovationStageDocument,
    "\n  query RenovationCandidateCompounds($search: String) {\n    compounds(first: 50, filter: { hasRenovationProject: false, search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.RenovationCandidateCompoundsDocument,
    "\n  query RenovationTemplateProjects {\n    renovationProjects(first: 100, filter: { stages: [CLOSED, HANDED_OVER] }) {\n      edges {\n        node {\n          id\n          budget\n          compound {\n            id\n            name\n          }\n          workItems {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.RenovationTemplateProjectsDocument,
    "\n  mutation CreateRenovationProject($input: CreateRenovationProjectInput!) {\n    createRenovationProject(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateRenovationProjectDocument,
    "\n  mutation UpdateRenovationProject($id: ID!, $input: UpdateRenovationProjectInput!) {\n    updateRenovationProject(id: $id, input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": typeof types.UpdateRenovationProjectDocument,
    "\n  fragment ResidentRow on Resident {\n    id\n    compoundId\n    building\n    unit\n    room\n    name\n    idNumber\n    phone\n    plate\n    registeredAt\n  }\n": typeof types.ResidentRowFragmentDoc,
    "\n  query ResidentList($filter: ResidentFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    residents(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          ...ResidentRow\n        }\n      }\n    }\n  }\n": typeof types.ResidentListDocument,
    "\n  query ResidentCommunityOptions {\n    communities(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ResidentCommunityOptionsDocument,
    "\n  query ResidentCompoundOptions($communityId: ID!) {\n    compounds(filter: { communityId: $communityId }, sort: { field: NAME, direction: ASC }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ResidentCompoundOptionsDocument,
    "\n  query ResidentCompoundName($id: ID!) {\n    compound(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.ResidentCompoundNameDocument,
    "\n  mutation RegisterResident($input: RegisterResidentInput!) {\n    registerResident(input: $input) {\n      ...ResidentRow\n    }\n  }\n": typeof types.RegisterResidentDocument,
    "\n  mutation RevealResident($id: ID!, $reason: String!) {\n    revealResident(id: $id, reason: $reason) {\n      id\n      name\n      idNumber\n      phone\n      plate\n    }\n  }\n": typeof types.RevealResidentDocument,
    "\n  mutation ExportResidents($filter: ResidentFilter, $reason: String!) {\n    exportResidents(filter: $filter, reason: $reason) {\n      filename\n      mimeType\n      base64\n      rows\n    }\n  }\n": typeof types.ExportResidentsDocument,
    "\n  query DistrictOptions {\n    districts {\n      id\n      name\n    }\n  }\n": typeof types.DistrictOptionsDocument,
    "\n  query StreetOptions($districtId: ID!) {\n    streets(districtId: $districtId) {\n      id\n      name\n    }\n  }\n": typeof types.StreetOptionsDocument,
    "\n  query CommunityOptions($streetId: ID!) {\n    communities(streetId: $streetId, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CommunityOptionsDocument,
    "\n  fragment SessionMe on Me {\n    id\n    username\n    displayName\n    role\n    districtId\n    streetId\n    communityId\n    secondFactor\n    hasTotp\n    secondFactorRequired\n    passwordExpired\n  }\n": typeof types.SessionMeFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionMe\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      me {\n        ...SessionMe\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
};
const documents: Documents = {
    "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n      qrSvg\n    }\n  }\n": types.StartTotpEnrolmentDocument,
    "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code)\n  }\n": types.ConfirmTotpEnrolmentDocument,
    "\n  mutation RegenerateRecoveryCodes {\n    regenerateRecoveryCodes\n  }\n": types.RegenerateRecoveryCodesDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  query Users {\n    users {\n      id\n      username\n      displayName\n      role\n      districtId\n      streetId\n      communityId\n      hasTotp\n      lockedUntil\n      disabledAt\n    }\n  }\n": types.UsersDocument,
    "\n  query PlaceNames {\n    districts {\n      id\n      name\n    }\n    streets {\n      id\n      name\n    }\n  }\n": types.PlaceNamesDocument,
    "\n  query CommunityName($id: ID!) {\n    community(id: $id) {\n      id\n      name\n    }\n  }\n": types.CommunityNameDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      id\n      disabledAt\n    }\n  }\n": types.SetUserDisabledDocument,
    "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      id\n      lockedUntil\n    }\n  }\n": types.UnlockUserDocument,
    "\n  mutation RevokeUserSessions($id: ID!) {\n    revokeUserSessions(id: $id)\n  }\n": types.RevokeUserSessionsDocument,
    "\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    auditLog(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          seq\n          occurredAt\n          actorName\n          actorRole\n          action\n          outcome\n          targetType\n          targetId\n          ip\n          reason\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditVerification {\n    auditVerification {\n      ok\n      checked\n      headSeq\n      brokenAt {\n        seq\n        reason\n        occurredAt\n      }\n    }\n  }\n": types.AuditVerificationDocument,
    "\n  query CompoundDetail($id: ID!) {\n    compound(id: $id) {\n      id\n      name\n      aliases\n      address\n      yearBuilt\n      isOld\n      buildings\n      households\n      floorArea\n      origin\n      propertyRights\n      propertyRightsUnit\n      caretaker\n      managementStatus\n      closureStatus\n      district {\n        id\n        name\n      }\n      street {\n        id\n        name\n      }\n      community {\n        id\n        name\n      }\n      gates {\n        id\n        name\n        kind\n        state\n      }\n    }\n  }\n": types.CompoundDetailDocument,
    "\n  query CompoundList($filter: CompoundFilter, $sort: CompoundSort, $first: Int, $after: String, $last: Int, $before: String) {\n    compounds(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          yearBuilt\n          households\n          floorArea\n          managementStatus\n          closureStatus\n          street {\n            id\n            name\n          }\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CompoundListDocument,
    "\n  query GateDevices($gateId: ID!) {\n    gateDevices(gateId: $gateId) {\n      id\n      gateId\n      kind\n      vendor\n      serial\n      firmware\n      installedOn\n      status\n      heartbeatIntervalSeconds\n      online\n      lastSeenAt\n      silentSince\n    }\n    deviceKeys(gateId: $gateId) {\n      id\n      deviceId\n      keyPrefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.GateDevicesDocument,
    "\n  mutation CreateGateDevice($input: CreateGateDeviceInput!) {\n    createGateDevice(input: $input) {\n      key\n      device {\n        id\n        vendor\n        serial\n      }\n      deviceKey {\n        id\n        keyPrefix\n      }\n    }\n  }\n": types.CreateGateDeviceDocument,
    "\n  mutation UpdateGateDevice($id: ID!, $input: UpdateGateDeviceInput!) {\n    updateGateDevice(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n": types.UpdateGateDeviceDocument,
    "\n  mutation RotateGateDeviceKey($id: ID!) {\n    rotateGateDeviceKey(id: $id) {\n      key\n      deviceKey {\n        id\n        keyPrefix\n      }\n    }\n  }\n": types.RotateGateDeviceKeyDocument,
    "\n  mutation RetireGateDevice($id: ID!) {\n    retireGateDevice(id: $id) {\n      id\n      status\n    }\n  }\n": types.RetireGateDeviceDocument,
    "\n  mutation RevokeDeviceKey($id: ID!) {\n    revokeDeviceKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeDeviceKeyDocument,
    "\n  fragment FeeFigures on FeeAdoptionMonth {\n    month\n    householdsBilled\n    householdsPaying\n    payingShare\n    amountBilled\n    amountCollected\n    collectionRate\n  }\n": types.FeeFiguresFragmentDoc,
    "\n  query FeeAdoption($area: FeeAreaInput!, $fromMonth: String, $toMonth: String) {\n    feeAdoption(area: $area, fromMonth: $fromMonth, toMonth: $toMonth) {\n      level\n      areaId\n      name\n      months {\n        ...FeeFigures\n      }\n    }\n  }\n": types.FeeAdoptionDocument,
    "\n  query FeeBreakdown($area: FeeAreaInput!, $month: String!) {\n    feeAdoption(area: $area, fromMonth: $month, toMonth: $month) {\n      areaId\n      breakdown(month: $month) {\n        level\n        areaId\n        name\n        figures {\n          ...FeeFigures\n        }\n      }\n    }\n  }\n": types.FeeBreakdownDocument,
    "\n  query FeeStreetOptions($districtId: ID) {\n    streets(districtId: $districtId) {\n      id\n      name\n    }\n  }\n": types.FeeStreetOptionsDocument,
    "\n  query FeeCompoundOptions($streetId: ID!) {\n    compounds(filter: { streetId: $streetId }, sort: { field: NAME, direction: ASC }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.FeeCompoundOptionsDocument,
    "\n  fragment FeeContractFields on FeeContract {\n    id\n    compoundId\n    company\n    startDate\n    feePerM2\n    updatedAt\n  }\n": types.FeeContractFieldsFragmentDoc,
    "\n  query FeeContract($compoundId: ID!) {\n    feeContract(compoundId: $compoundId) {\n      ...FeeContractFields\n    }\n  }\n": types.FeeContractDocument,
    "\n  mutation SetFeeContract($input: FeeContractInput!) {\n    setFeeContract(input: $input) {\n      ...FeeContractFields\n    }\n  }\n": types.SetFeeContractDocument,
    "\n  query LedgerTemplate($compoundId: ID!, $month: String!) {\n    ledgerTemplate(compoundId: $compoundId, month: $month) {\n      base64\n      filename\n      mimeType\n      rows\n    }\n  }\n": types.LedgerTemplateDocument,
    "\n  fragment LedgerImportFields on LedgerImport {\n    id\n    compoundId\n    month\n    fileName\n    fileSize\n    state\n    percent\n    rowsTotal\n    rowsValidated\n    rowsStored\n    errorCount\n    createdAt\n    finishedAt\n  }\n": types.LedgerImportFieldsFragmentDoc,
    "\n  mutation StartLedgerImport($compoundId: ID!, $month: String!, $fileBase64: String!, $fileName: String) {\n    startLedgerImport(compoundId: $compoundId, month: $month, fileBase64: $fileBase64, fileName: $fileName) {\n      ...LedgerImportFields\n    }\n  }\n": types.StartLedgerImportDocument,
    "\n  query LedgerImport($id: ID!) {\n    ledgerImport(id: $id) {\n      ...LedgerImportFields\n    }\n  }\n": types.LedgerImportDocument,
    "\n  query LedgerImportErrors($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    ledgerImport(id: $id) {\n      id\n      errors(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            sheet\n            row\n            column\n            kind\n            reason\n          }\n        }\n      }\n    }\n  }\n": types.LedgerImportErrorsDocument,
    "\n  mutation ExportAdoptionReport($area: FeeAreaInput!, $fromMonth: String!, $toMonth: String!, $reason: String!) {\n    exportAdoptionReport(area: $area, fromMonth: $fromMonth, toMonth: $toMonth, reason: $reason) {\n      base64\n      filename\n      mimeType\n      rows\n    }\n  }\n": types.ExportAdoptionReportDocument,
    "\n  fragment GateTrafficFigures on GateTraffic {\n    face\n    card\n    qr\n    pin\n    volunteer\n    passes\n    faceShare\n    denials\n    temperatureReadings\n    fever\n  }\n": types.GateTrafficFiguresFragmentDoc,
    "\n  query GateOperations($place: GatePlaceInput!, $from: DateTimeISO, $to: DateTimeISO, $bucket: GateBucket) {\n    gateOperations(place: $place, from: $from, to: $to, bucket: $bucket) {\n      level\n      placeId\n      name\n      from\n      to\n      bucket\n      path {\n        level\n        id\n        name\n      }\n      totals {\n        ...GateTrafficFigures\n      }\n      series {\n        at\n        ...GateTrafficFigures\n      }\n      children {\n        level\n        id\n        name\n        devices\n        devicesOffline\n        ...GateTrafficFigures\n      }\n      deviceSummary {\n        total\n        online\n        offline\n        maintenance\n      }\n      devices {\n        id\n        gateId\n        gateName\n        compoundId\n        compoundName\n        kind\n        vendor\n        serial\n        firmware\n        status\n        online\n        lastSeenAt\n        silentSince\n      }\n    }\n  }\n": types.GateOperationsDocument,
    "\n  subscription GateLive($place: GatePlaceInput!) {\n    gateLive(place: $place) {\n      kind\n      gateId\n      compoundId\n      streetId\n      at\n      activity {\n        passes\n        face\n        denials\n        fever\n        plates\n      }\n      device {\n        deviceId\n        online\n        status\n        lastSeenAt\n      }\n    }\n  }\n": types.GateLiveDocument,
    "\n  query HotlineSearch($text: String!, $limit: Int) {\n    hotlineSearch(text: $text, limit: $limit) {\n      compoundId\n      name\n      streetName\n      communityName\n      score\n      matchedBy\n    }\n  }\n": types.HotlineSearchDocument,
    "\n  fragment HotlineTicketFields on HotlineTicket {\n    id\n    status\n    category\n    compoundId\n    compoundName\n    communityName\n    streetName\n    request\n    reply\n    resolution\n    callerPhone\n    assigneeName\n    overdue\n    overdueSince\n    respondDueAt\n    resolveDueAt\n    respondedAt\n    resolvedAt\n    createdAt\n  }\n": types.HotlineTicketFieldsFragmentDoc,
    "\n  query HotlineCard($compoundId: ID!) {\n    hotlineCard(compoundId: $compoundId) {\n      compoundId\n      name\n      aliases\n      address\n      streetName\n      communityName\n      closureStatus\n      answers {\n        category\n        title\n        script\n        templateVersion\n      }\n      replies {\n        ...HotlineTicketFields\n      }\n      openTickets {\n        ...HotlineTicketFields\n      }\n    }\n  }\n": types.HotlineCardDocument,
    "\n  query HotlineCallerTickets($callerPhone: String!) {\n    hotlineCallerTickets(callerPhone: $callerPhone) {\n      ...HotlineTicketFields\n    }\n  }\n": types.HotlineCallerTicketsDocument,
    "\n  mutation LogHotlineCall($input: LogHotlineCallInput!) {\n    logHotlineCall(input: $input) {\n      id\n      callerPhone\n      ticketId\n      followUp\n    }\n  }\n": types.LogHotlineCallDocument,
    "\n  query HotlineTickets($filter: HotlineTicketFilter, $limit: Int, $offset: Int) {\n    hotlineTickets(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...HotlineTicketFields\n      }\n    }\n  }\n": types.HotlineTicketsDocument,
    "\n  query HotlineTicket($id: ID!) {\n    hotlineTicket(id: $id) {\n      ...HotlineTicketFields\n      satisfaction\n      history {\n        fromStatus\n        toStatus\n        note\n        actorName\n        at\n      }\n    }\n  }\n": types.HotlineTicketDocument,
    "\n  mutation AssignHotlineTicket($id: ID!, $note: String) {\n    assignHotlineTicket(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n": types.AssignHotlineTicketDocument,
    "\n  mutation RespondHotlineTicket($id: ID!, $reply: String!) {\n    respondHotlineTicket(id: $id, reply: $reply) {\n      id\n      status\n    }\n  }\n": types.RespondHotlineTicketDocument,
    "\n  mutation ResolveHotlineTicket($id: ID!, $resolution: String!) {\n    resolveHotlineTicket(id: $id, resolution: $resolution) {\n      id\n      status\n    }\n  }\n": types.ResolveHotlineTicketDocument,
    "\n  mutation CloseHotlineTicket($id: ID!, $satisfaction: HotlineSatisfaction!, $note: String) {\n    closeHotlineTicket(id: $id, satisfaction: $satisfaction, note: $note) {\n      id\n      status\n    }\n  }\n": types.CloseHotlineTicketDocument,
    "\n  fragment HotlineWeekFields on HotlineWeekFigures {\n    week\n    streetId\n    streetName\n    calls\n    answeredFirstCall\n    firstCallShare\n    tickets\n    ticketsDue\n    ticketsOnTime\n    onTimeShare\n    responseRate\n    resolutionRate\n    satisfactionRate\n    rated\n    byCategory {\n      category\n      calls\n    }\n  }\n": types.HotlineWeekFieldsFragmentDoc,
    "\n  query HotlineFigures($area: HotlineAreaInput!, $fromWeek: String!, $toWeek: String!) {\n    hotlineFigures(area: $area, fromWeek: $fromWeek, toWeek: $toWeek) {\n      fromWeek\n      toWeek\n      weeks {\n        ...HotlineWeekFields\n      }\n      rows {\n        ...HotlineWeekFields\n      }\n      hotCompounds {\n        compoundId\n        name\n        streetName\n        calls\n      }\n    }\n  }\n": types.HotlineFiguresDocument,
    "\n  mutation ExportHotlineFigures($area: HotlineAreaInput!, $fromWeek: String!, $toWeek: String!, $reason: String!) {\n    exportHotlineFigures(area: $area, fromWeek: $fromWeek, toWeek: $toWeek, reason: $reason) {\n      base64\n      filename\n      mimeType\n      rows\n    }\n  }\n": types.ExportHotlineFiguresDocument,
    "\n  query HotlineTemplates($category: HotlineCategory!) {\n    hotlineTemplates(category: $category) {\n      id\n      category\n      version\n      body\n      districtId\n      variables\n      createdAt\n      createdByName\n    }\n    hotlineTemplateVariables(category: $category) {\n      name\n      description\n    }\n  }\n": types.HotlineTemplatesDocument,
    "\n  mutation SaveHotlineTemplate($input: SaveHotlineTemplateInput!) {\n    saveHotlineTemplate(input: $input) {\n      id\n      version\n    }\n  }\n": types.SaveHotlineTemplateDocument,
    "\n  query HotlineCompoundSettings($compoundId: ID!) {\n    compound(id: $compoundId) {\n      id\n      gates {\n        id\n        name\n        state\n      }\n    }\n    hotlineCard(compoundId: $compoundId) {\n      compoundId\n      name\n      streetName\n      communityName\n      answers {\n        category\n        title\n        script\n        values {\n          name\n          value\n        }\n      }\n      profile {\n        compoundId\n        enrolmentPlace\n        enrolmentHours\n        homeVisits\n        familyPhotos\n        nonFaceMethods\n        faceDataOnDevice\n        vendorFiled\n        gateHours {\n          gateId\n          hours\n        }\n        updatedAt\n      }\n    }\n  }\n": types.HotlineCompoundSettingsDocument,
    "\n  mutation SetHotlineCompoundProfile($input: HotlineCompoundProfileInput!) {\n    setHotlineCompoundProfile(input: $input) {\n      compoundId\n      updatedAt\n    }\n  }\n": types.SetHotlineCompoundProfileDocument,
    "\n  query HotlineTimeLimits {\n    hotlineTimeLimits {\n      category\n      respondWithinHours\n      resolveWithinHours\n      updatedAt\n    }\n  }\n": types.HotlineTimeLimitsDocument,
    "\n  mutation SetHotlineTimeLimit($input: SetHotlineTimeLimitInput!) {\n    setHotlineTimeLimit(input: $input) {\n      category\n      respondWithinHours\n      resolveWithinHours\n      updatedAt\n    }\n  }\n": types.SetHotlineTimeLimitDocument,
    "\n  query DistrictOverview($id: ID!) {\n    district(id: $id) {\n      id\n      name\n      stats {\n        compounds\n        oldCompounds\n        households\n        closedShareOfOld\n        byClosureStatus {\n          status\n          count\n        }\n      }\n      streets {\n        id\n        name\n        kind\n        stats {\n          compounds\n          oldCompounds\n          households\n          byClosureStatus {\n            status\n            count\n          }\n        }\n      }\n      trend(days: 90) {\n        day\n        open\n        planned\n        underRenovation\n        closed\n      }\n    }\n  }\n": types.DistrictOverviewDocument,
    "\n  fragment CriterionFields on QualificationCriterionResult {\n    criterion\n    outcome\n    value\n    threshold\n    explanation\n  }\n": types.CriterionFieldsFragmentDoc,
    "\n  query ClosureCandidates(\n    $filter: ClosureCandidateFilter\n    $sort: ClosureCandidateSort\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    closureCandidates(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      byStreet {\n        streetId\n        street {\n          id\n          name\n        }\n        qualified\n        nearly\n        blocked\n        total\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          compoundId\n          status\n          unmet\n          summary\n          missing\n          compound {\n            id\n            name\n            households\n          }\n          street {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ClosureCandidatesDocument,
    "\n  query CompoundQualification($compoundId: ID!) {\n    compound(id: $compoundId) {\n      id\n      name\n      households\n      districtId\n      street {\n        id\n        name\n      }\n      community {\n        id\n        name\n      }\n    }\n    compoundQualification(compoundId: $compoundId) {\n      compoundId\n      status\n      unmet\n      summary\n      missing\n      ruleSetVersion\n      assessmentVersion\n      computedAt\n      criteria {\n        ...CriterionFields\n      }\n    }\n  }\n": types.CompoundQualificationDocument,
    "\n  query QualificationStamp($compoundId: ID!) {\n    compoundQualification(compoundId: $compoundId) {\n      compoundId\n      assessmentVersion\n      computedAt\n    }\n  }\n": types.QualificationStampDocument,
    "\n  query CompoundAssessments($compoundId: ID!) {\n    compoundAssessments(compoundId: $compoundId) {\n      id\n      version\n      rightsClarity\n      rightsUnit\n      hasCaretaker\n      caretaker\n      caretakerSince\n      surveyHouseholdsAsked\n      surveyHouseholdsWilling\n      surveyAcceptedFee\n      closableGates\n      entrancesToKeep\n      fireLane\n      evidence\n      recordedByName\n      recordedAt\n    }\n  }\n": types.CompoundAssessmentsDocument,
    "\n  mutation RecordCompoundAssessment($input: AssessmentInput!) {\n    recordCompoundAssessment(input: $input) {\n      id\n      version\n    }\n  }\n": types.RecordCompoundAssessmentDocument,
    "\n  fragment RuleSetFields on QualificationRuleSet {\n    id\n    version\n    status\n    note\n    minRightsClarity\n    caretakerRequired\n    minWillingShare\n    minAcceptedFee\n    minClosableGates\n    maxEntrancesToKeep\n    fireLaneRequired\n    createdByName\n    createdAt\n    activatedAt\n  }\n": types.RuleSetFieldsFragmentDoc,
    "\n  query QualificationRuleSets($districtId: ID) {\n    qualificationRuleSets(districtId: $districtId) {\n      ...RuleSetFields\n    }\n  }\n": types.QualificationRuleSetsDocument,
    "\n  query QualificationWhatIf($rules: RuleSetInput!) {\n    qualificationWhatIf(rules: $rules) {\n      activeVersion\n      compounds\n      qualifiedNow\n      qualifiedWithDraft\n      changedCount\n      streets {\n        streetId\n        street {\n          id\n          name\n        }\n        compounds\n        qualifiedNow\n        qualifiedWithDraft\n        nearlyNow\n        nearlyWithDraft\n        changed\n      }\n      changes {\n        compoundId\n        compound {\n          id\n          name\n        }\n        before\n        after\n        reasons\n        summary\n      }\n    }\n  }\n": types.QualificationWhatIfDocument,
    "\n  mutation CreateQualificationRuleSet($input: RuleSetInput!) {\n    createQualificationRuleSet(input: $input) {\n      ...RuleSetFields\n    }\n  }\n": types.CreateQualificationRuleSetDocument,
    "\n  mutation ActivateQualificationRuleSet($id: ID!) {\n    activateQualificationRuleSet(id: $id) {\n      ...RuleSetFields\n    }\n  }\n": types.ActivateQualificationRuleSetDocument,
    "\n  fragment ProgressFigures on StreetRenovationProgress {\n    streetId\n    street {\n      id\n      name\n    }\n    projectCount\n    budget\n    spent\n    completedStages\n    completedOnTime\n    onTimeShare\n    overdueProjects\n    funnel {\n      stage\n      current\n      reached\n    }\n    finished {\n      projectId\n      closedOn\n      compound {\n        id\n        name\n      }\n    }\n    projects {\n      id\n      stage\n      budget\n      spent\n      compound {\n        id\n        name\n      }\n    }\n  }\n": types.ProgressFiguresFragmentDoc,
    "\n  query RenovationProgress($districtId: ID!) {\n    renovationProgress(districtId: $districtId) {\n      districtId\n      district {\n        id\n        name\n      }\n      projectCount\n      budget\n      spent\n      completedStages\n      completedOnTime\n      onTimeShare\n      overdueProjects\n      funnel {\n        stage\n        current\n        reached\n      }\n      finished {\n        projectId\n        closedOn\n        compound {\n          id\n          name\n        }\n        street {\n          id\n          name\n        }\n      }\n      streets {\n        ...ProgressFigures\n      }\n    }\n  }\n": types.RenovationProgressDocument,
    "\n  query RenovationProjects($filter: RenovationProjectFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    renovationProjects(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          stage\n          budget\n          spent\n          compound {\n            id\n            name\n          }\n          street {\n            id\n            name\n          }\n          stages {\n            stage\n            plannedOn\n            actualOn\n            daysOverdue\n          }\n        }\n      }\n    }\n  }\n": types.RenovationProjectsDocument,
    "\n  query RenovationAlerts($filter: AlertFilter, $first: Int, $after: String) {\n    alerts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          openedAt\n          compound {\n            id\n            name\n          }\n          street {\n            id\n            name\n          }\n          overdueStage {\n            stage\n            dueOn\n            since\n            daysOverdue\n            projectId\n          }\n        }\n      }\n    }\n  }\n": types.RenovationAlertsDocument,
    "\n  fragment ProjectDetailFields on RenovationProject {\n    id\n    stage\n    budget\n    spent\n    plannedStartOn\n    contractor\n    propertyCompany\n    updatedAt\n    compound {\n      id\n      name\n      closureStatus\n    }\n    street {\n      id\n      name\n    }\n    district {\n      id\n      name\n    }\n    templateCompound {\n      id\n      name\n    }\n    stages {\n      stage\n      plannedOn\n      actualOn\n      daysOverdue\n    }\n    workItems {\n      id\n      kind\n      description\n      budget\n      spent\n    }\n    history {\n      id\n      kind\n      fromStage\n      toStage\n      actualOn\n      actorName\n      changedAt\n      reason\n    }\n  }\n": types.ProjectDetailFieldsFragmentDoc,
    "\n  query RenovationProject($id: ID!) {\n    renovationProject(id: $id) {\n      ...ProjectDetailFields\n    }\n  }\n": types.RenovationProjectDocument,
    "\n  mutation AdvanceRenovationStage($id: ID!, $input: AdvanceRenovationStageInput!) {\n    advanceRenovationStage(id: $id, input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": types.AdvanceRenovationStageDocument,
    "\n  mutation CorrectRenovationStage($id: ID!, $input: CorrectRenovationStageInput!) {\n    correctRenovationStage(id: $id, input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": types.CorrectRenovationStageDocument,
    "\n  query RenovationCandidateCompounds($search: String) {\n    compounds(first: 50, filter: { hasRenovationProject: false, search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.RenovationCandidateCompoundsDocument,
    "\n  query RenovationTemplateProjects {\n    renovationProjects(first: 100, filter: { stages: [CLOSED, HANDED_OVER] }) {\n      edges {\n        node {\n          id\n          budget\n          compound {\n            id\n            name\n          }\n          workItems {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.RenovationTemplateProjectsDocument,
    "\n  mutation CreateRenovationProject($input: CreateRenovationProjectInput!) {\n    createRenovationProject(input: $input) {\n      id\n    }\n  }\n": types.CreateRenovationProjectDocument,
    "\n  mutation UpdateRenovationProject($id: ID!, $input: UpdateRenovationProjectInput!) {\n    updateRenovationProject(id: $id, input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n": types.UpdateRenovationProjectDocument,
    "\n  fragment ResidentRow on Resident {\n    id\n    compoundId\n    building\n    unit\n    room\n    name\n    idNumber\n    phone\n    plate\n    registeredAt\n  }\n": types.ResidentRowFragmentDoc,
    "\n  query ResidentList($filter: ResidentFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    residents(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          ...ResidentRow\n        }\n      }\n    }\n  }\n": types.ResidentListDocument,
    "\n  query ResidentCommunityOptions {\n    communities(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ResidentCommunityOptionsDocument,
    "\n  query ResidentCompoundOptions($communityId: ID!) {\n    compounds(filter: { communityId: $communityId }, sort: { field: NAME, direction: ASC }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ResidentCompoundOptionsDocument,
    "\n  query ResidentCompoundName($id: ID!) {\n    compound(id: $id) {\n      id\n      name\n    }\n  }\n": types.ResidentCompoundNameDocument,
    "\n  mutation RegisterResident($input: RegisterResidentInput!) {\n    registerResident(input: $input) {\n      ...ResidentRow\n    }\n  }\n": types.RegisterResidentDocument,
    "\n  mutation RevealResident($id: ID!, $reason: String!) {\n    revealResident(id: $id, reason: $reason) {\n      id\n      name\n      idNumber\n      phone\n      plate\n    }\n  }\n": types.RevealResidentDocument,
    "\n  mutation ExportResidents($filter: ResidentFilter, $reason: String!) {\n    exportResidents(filter: $filter, reason: $reason) {\n      filename\n      mimeType\n      base64\n      rows\n    }\n  }\n": types.ExportResidentsDocument,
    "\n  query DistrictOptions {\n    districts {\n      id\n      name\n    }\n  }\n": types.DistrictOptionsDocument,
    "\n  query StreetOptions($districtId: ID!) {\n    streets(districtId: $districtId) {\n      id\n      name\n    }\n  }\n": types.StreetOptionsDocument,
    "\n  query CommunityOptions($streetId: ID!) {\n    communities(streetId: $streetId, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CommunityOptionsDocument,
    "\n  fragment SessionMe on Me {\n    id\n    username\n    displayName\n    role\n    districtId\n    streetId\n    communityId\n    secondFactor\n    hasTotp\n    secondFactorRequired\n    passwordExpired\n  }\n": types.SessionMeFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionMe\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      me {\n        ...SessionMe\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTotpEnrolment {\n    startTotpEnrolment {\n      secret\n      otpauthUri\n      qrSvg\n    }\n  }\n"): typeof import('./graphql').StartTotpEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotpEnrolment($code: String!) {\n    confirmTotpEnrolment(code: $code)\n  }\n"): typeof import('./graphql').ConfirmTotpEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateRecoveryCodes {\n    regenerateRecoveryCodes\n  }\n"): typeof import('./graphql').RegenerateRecoveryCodesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      id\n      username\n      displayName\n      role\n      districtId\n      streetId\n      communityId\n      hasTotp\n      lockedUntil\n      disabledAt\n    }\n  }\n"): typeof import('./graphql').UsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlaceNames {\n    districts {\n      id\n      name\n    }\n    streets {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').PlaceNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityName($id: ID!) {\n    community(id: $id) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CommunityNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n    }\n  }\n"): typeof import('./graphql').CreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    setUserDisabled(id: $id, disabled: $disabled) {\n      id\n      disabledAt\n    }\n  }\n"): typeof import('./graphql').SetUserDisabledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockUser($id: ID!) {\n    unlockUser(id: $id) {\n      id\n      lockedUntil\n    }\n  }\n"): typeof import('./graphql').UnlockUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeUserSessions($id: ID!) {\n    revokeUserSessions(id: $id)\n  }\n"): typeof import('./graphql').RevokeUserSessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    auditLog(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          seq\n          occurredAt\n          actorName\n          actorRole\n          action\n          outcome\n          targetType\n          targetId\n          ip\n          reason\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditVerification {\n    auditVerification {\n      ok\n      checked\n      headSeq\n      brokenAt {\n        seq\n        reason\n        occurredAt\n      }\n    }\n  }\n"): typeof import('./graphql').AuditVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompoundDetail($id: ID!) {\n    compound(id: $id) {\n      id\n      name\n      aliases\n      address\n      yearBuilt\n      isOld\n      buildings\n      households\n      floorArea\n      origin\n      propertyRights\n      propertyRightsUnit\n      caretaker\n      managementStatus\n      closureStatus\n      district {\n        id\n        name\n      }\n      street {\n        id\n        name\n      }\n      community {\n        id\n        name\n      }\n      gates {\n        id\n        name\n        kind\n        state\n      }\n    }\n  }\n"): typeof import('./graphql').CompoundDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompoundList($filter: CompoundFilter, $sort: CompoundSort, $first: Int, $after: String, $last: Int, $before: String) {\n    compounds(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          yearBuilt\n          households\n          floorArea\n          managementStatus\n          closureStatus\n          street {\n            id\n            name\n          }\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CompoundListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GateDevices($gateId: ID!) {\n    gateDevices(gateId: $gateId) {\n      id\n      gateId\n      kind\n      vendor\n      serial\n      firmware\n      installedOn\n      status\n      heartbeatIntervalSeconds\n      online\n      lastSeenAt\n      silentSince\n    }\n    deviceKeys(gateId: $gateId) {\n      id\n      deviceId\n      keyPrefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').GateDevicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGateDevice($input: CreateGateDeviceInput!) {\n    createGateDevice(input: $input) {\n      key\n      device {\n        id\n        vendor\n        serial\n      }\n      deviceKey {\n        id\n        keyPrefix\n      }\n    }\n  }\n"): typeof import('./graphql').CreateGateDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGateDevice($id: ID!, $input: UpdateGateDeviceInput!) {\n    updateGateDevice(id: $id, input: $input) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').UpdateGateDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateGateDeviceKey($id: ID!) {\n    rotateGateDeviceKey(id: $id) {\n      key\n      deviceKey {\n        id\n        keyPrefix\n      }\n    }\n  }\n"): typeof import('./graphql').RotateGateDeviceKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireGateDevice($id: ID!) {\n    retireGateDevice(id: $id) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RetireGateDeviceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeDeviceKey($id: ID!) {\n    revokeDeviceKey(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').RevokeDeviceKeyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeeFigures on FeeAdoptionMonth {\n    month\n    householdsBilled\n    householdsPaying\n    payingShare\n    amountBilled\n    amountCollected\n    collectionRate\n  }\n"): typeof import('./graphql').FeeFiguresFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeeAdoption($area: FeeAreaInput!, $fromMonth: String, $toMonth: String) {\n    feeAdoption(area: $area, fromMonth: $fromMonth, toMonth: $toMonth) {\n      level\n      areaId\n      name\n      months {\n        ...FeeFigures\n      }\n    }\n  }\n"): typeof import('./graphql').FeeAdoptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeeBreakdown($area: FeeAreaInput!, $month: String!) {\n    feeAdoption(area: $area, fromMonth: $month, toMonth: $month) {\n      areaId\n      breakdown(month: $month) {\n        level\n        areaId\n        name\n        figures {\n          ...FeeFigures\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FeeBreakdownDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeeStreetOptions($districtId: ID) {\n    streets(districtId: $districtId) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').FeeStreetOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeeCompoundOptions($streetId: ID!) {\n    compounds(filter: { streetId: $streetId }, sort: { field: NAME, direction: ASC }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FeeCompoundOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeeContractFields on FeeContract {\n    id\n    compoundId\n    company\n    startDate\n    feePerM2\n    updatedAt\n  }\n"): typeof import('./graphql').FeeContractFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeeContract($compoundId: ID!) {\n    feeContract(compoundId: $compoundId) {\n      ...FeeContractFields\n    }\n  }\n"): typeof import('./graphql').FeeContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetFeeContract($input: FeeContractInput!) {\n    setFeeContract(input: $input) {\n      ...FeeContractFields\n    }\n  }\n"): typeof import('./graphql').SetFeeContractDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerTemplate($compoundId: ID!, $month: String!) {\n    ledgerTemplate(compoundId: $compoundId, month: $month) {\n      base64\n      filename\n      mimeType\n      rows\n    }\n  }\n"): typeof import('./graphql').LedgerTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LedgerImportFields on LedgerImport {\n    id\n    compoundId\n    month\n    fileName\n    fileSize\n    state\n    percent\n    rowsTotal\n    rowsValidated\n    rowsStored\n    errorCount\n    createdAt\n    finishedAt\n  }\n"): typeof import('./graphql').LedgerImportFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartLedgerImport($compoundId: ID!, $month: String!, $fileBase64: String!, $fileName: String) {\n    startLedgerImport(compoundId: $compoundId, month: $month, fileBase64: $fileBase64, fileName: $fileName) {\n      ...LedgerImportFields\n    }\n  }\n"): typeof import('./graphql').StartLedgerImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerImport($id: ID!) {\n    ledgerImport(id: $id) {\n      ...LedgerImportFields\n    }\n  }\n"): typeof import('./graphql').LedgerImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerImportErrors($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {\n    ledgerImport(id: $id) {\n      id\n      errors(first: $first, after: $after, last: $last, before: $before) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            sheet\n            row\n            column\n            kind\n            reason\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LedgerImportErrorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportAdoptionReport($area: FeeAreaInput!, $fromMonth: String!, $toMonth: String!, $reason: String!) {\n    exportAdoptionReport(area: $area, fromMonth: $fromMonth, toMonth: $toMonth, reason: $reason) {\n      base64\n      filename\n      mimeType\n      rows\n    }\n  }\n"): typeof import('./graphql').ExportAdoptionReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GateTrafficFigures on GateTraffic {\n    face\n    card\n    qr\n    pin\n    volunteer\n    passes\n    faceShare\n    denials\n    temperatureReadings\n    fever\n  }\n"): typeof import('./graphql').GateTrafficFiguresFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GateOperations($place: GatePlaceInput!, $from: DateTimeISO, $to: DateTimeISO, $bucket: GateBucket) {\n    gateOperations(place: $place, from: $from, to: $to, bucket: $bucket) {\n      level\n      placeId\n      name\n      from\n      to\n      bucket\n      path {\n        level\n        id\n        name\n      }\n      totals {\n        ...GateTrafficFigures\n      }\n      series {\n        at\n        ...GateTrafficFigures\n      }\n      children {\n        level\n        id\n        name\n        devices\n        devicesOffline\n        ...GateTrafficFigures\n      }\n      deviceSummary {\n        total\n        online\n        offline\n        maintenance\n      }\n      devices {\n        id\n        gateId\n        gateName\n        compoundId\n        compoundName\n        kind\n        vendor\n        serial\n        firmware\n        status\n        online\n        lastSeenAt\n        silentSince\n      }\n    }\n  }\n"): typeof import('./graphql').GateOperationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription GateLive($place: GatePlaceInput!) {\n    gateLive(place: $place) {\n      kind\n      gateId\n      compoundId\n      streetId\n      at\n      activity {\n        passes\n        face\n        denials\n        fever\n        plates\n      }\n      device {\n        deviceId\n        online\n        status\n        lastSeenAt\n      }\n    }\n  }\n"): typeof import('./graphql').GateLiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HotlineSearch($text: String!, $limit: Int) {\n    hotlineSearch(text: $text, limit: $limit) {\n      compoundId\n      name\n      streetName\n      communityName\n      score\n      matchedBy\n    }\n  }\n"): typeof import('./graphql').HotlineSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HotlineTicketFields on HotlineTicket {\n    id\n    status\n    category\n    compoundId\n    compoundName\n    communityName\n    streetName\n    request\n    reply\n    resolution\n    callerPhone\n    assigneeName\n    overdue\n    overdueSince\n    respondDueAt\n    resolveDueAt\n    respondedAt\n    resolvedAt\n    createdAt\n  }\n"): typeof import('./graphql').HotlineTicketFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HotlineCard($compoundId: ID!) {\n    hotlineCard(compoundId: $compoundId) {\n      compoundId\n      name\n      aliases\n      address\n      streetName\n      communityName\n      closureStatus\n      answers {\n        category\n        title\n        script\n        templateVersion\n      }\n      replies {\n        ...HotlineTicketFields\n      }\n      openTickets {\n        ...HotlineTicketFields\n      }\n    }\n  }\n"): typeof import('./graphql').HotlineCardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HotlineCallerTickets($callerPhone: String!) {\n    hotlineCallerTickets(callerPhone: $callerPhone) {\n      ...HotlineTicketFields\n    }\n  }\n"): typeof import('./graphql').HotlineCallerTicketsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogHotlineCall($input: LogHotlineCallInput!) {\n    logHotlineCall(input: $input) {\n      id\n      callerPhone\n      ticketId\n      followUp\n    }\n  }\n"): typeof import('./graphql').LogHotlineCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HotlineTickets($filter: HotlineTicketFilter, $limit: Int, $offset: Int) {\n    hotlineTickets(filter: $filter, limit: $limit, offset: $offset) {\n      totalCount\n      items {\n        ...HotlineTicketFields\n      }\n    }\n  }\n"): typeof import('./graphql').HotlineTicketsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HotlineTicket($id: ID!) {\n    hotlineTicket(id: $id) {\n      ...HotlineTicketFields\n      satisfaction\n      history {\n        fromStatus\n        toStatus\n        note\n        actorName\n        at\n      }\n    }\n  }\n"): typeof import('./graphql').HotlineTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignHotlineTicket($id: ID!, $note: String) {\n    assignHotlineTicket(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').AssignHotlineTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondHotlineTicket($id: ID!, $reply: String!) {\n    respondHotlineTicket(id: $id, reply: $reply) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RespondHotlineTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveHotlineTicket($id: ID!, $resolution: String!) {\n    resolveHotlineTicket(id: $id, resolution: $resolution) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ResolveHotlineTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseHotlineTicket($id: ID!, $satisfaction: HotlineSatisfaction!, $note: String) {\n    closeHotlineTicket(id: $id, satisfaction: $satisfaction, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CloseHotlineTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HotlineWeekFields on HotlineWeekFigures {\n    week\n    streetId\n    streetName\n    calls\n    answeredFirstCall\n    firstCallShare\n    tickets\n    ticketsDue\n    ticketsOnTime\n    onTimeShare\n    responseRate\n    resolutionRate\n    satisfactionRate\n    rated\n    byCategory {\n      category\n      calls\n    }\n  }\n"): typeof import('./graphql').HotlineWeekFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HotlineFigures($area: HotlineAreaInput!, $fromWeek: String!, $toWeek: String!) {\n    hotlineFigures(area: $area, fromWeek: $fromWeek, toWeek: $toWeek) {\n      fromWeek\n      toWeek\n      weeks {\n        ...HotlineWeekFields\n      }\n      rows {\n        ...HotlineWeekFields\n      }\n      hotCompounds {\n        compoundId\n        name\n        streetName\n        calls\n      }\n    }\n  }\n"): typeof import('./graphql').HotlineFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportHotlineFigures($area: HotlineAreaInput!, $fromWeek: String!, $toWeek: String!, $reason: String!) {\n    exportHotlineFigures(area: $area, fromWeek: $fromWeek, toWeek: $toWeek, reason: $reason) {\n      base64\n      filename\n      mimeType\n      rows\n    }\n  }\n"): typeof import('./graphql').ExportHotlineFiguresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HotlineTemplates($category: HotlineCategory!) {\n    hotlineTemplates(category: $category) {\n      id\n      category\n      version\n      body\n      districtId\n      variables\n      createdAt\n      createdByName\n    }\n    hotlineTemplateVariables(category: $category) {\n      name\n      description\n    }\n  }\n"): typeof import('./graphql').HotlineTemplatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveHotlineTemplate($input: SaveHotlineTemplateInput!) {\n    saveHotlineTemplate(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').SaveHotlineTemplateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HotlineCompoundSettings($compoundId: ID!) {\n    compound(id: $compoundId) {\n      id\n      gates {\n        id\n        name\n        state\n      }\n    }\n    hotlineCard(compoundId: $compoundId) {\n      compoundId\n      name\n      streetName\n      communityName\n      answers {\n        category\n        title\n        script\n        values {\n          name\n          value\n        }\n      }\n      profile {\n        compoundId\n        enrolmentPlace\n        enrolmentHours\n        homeVisits\n        familyPhotos\n        nonFaceMethods\n        faceDataOnDevice\n        vendorFiled\n        gateHours {\n          gateId\n          hours\n        }\n        updatedAt\n      }\n    }\n  }\n"): typeof import('./graphql').HotlineCompoundSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetHotlineCompoundProfile($input: HotlineCompoundProfileInput!) {\n    setHotlineCompoundProfile(input: $input) {\n      compoundId\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').SetHotlineCompoundProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HotlineTimeLimits {\n    hotlineTimeLimits {\n      category\n      respondWithinHours\n      resolveWithinHours\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').HotlineTimeLimitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetHotlineTimeLimit($input: SetHotlineTimeLimitInput!) {\n    setHotlineTimeLimit(input: $input) {\n      category\n      respondWithinHours\n      resolveWithinHours\n      updatedAt\n    }\n  }\n"): typeof import('./graphql').SetHotlineTimeLimitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictOverview($id: ID!) {\n    district(id: $id) {\n      id\n      name\n      stats {\n        compounds\n        oldCompounds\n        households\n        closedShareOfOld\n        byClosureStatus {\n          status\n          count\n        }\n      }\n      streets {\n        id\n        name\n        kind\n        stats {\n          compounds\n          oldCompounds\n          households\n          byClosureStatus {\n            status\n            count\n          }\n        }\n      }\n      trend(days: 90) {\n        day\n        open\n        planned\n        underRenovation\n        closed\n      }\n    }\n  }\n"): typeof import('./graphql').DistrictOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CriterionFields on QualificationCriterionResult {\n    criterion\n    outcome\n    value\n    threshold\n    explanation\n  }\n"): typeof import('./graphql').CriterionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClosureCandidates(\n    $filter: ClosureCandidateFilter\n    $sort: ClosureCandidateSort\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n  ) {\n    closureCandidates(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      byStreet {\n        streetId\n        street {\n          id\n          name\n        }\n        qualified\n        nearly\n        blocked\n        total\n      }\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          compoundId\n          status\n          unmet\n          summary\n          missing\n          compound {\n            id\n            name\n            households\n          }\n          street {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ClosureCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompoundQualification($compoundId: ID!) {\n    compound(id: $compoundId) {\n      id\n      name\n      households\n      districtId\n      street {\n        id\n        name\n      }\n      community {\n        id\n        name\n      }\n    }\n    compoundQualification(compoundId: $compoundId) {\n      compoundId\n      status\n      unmet\n      summary\n      missing\n      ruleSetVersion\n      assessmentVersion\n      computedAt\n      criteria {\n        ...CriterionFields\n      }\n    }\n  }\n"): typeof import('./graphql').CompoundQualificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QualificationStamp($compoundId: ID!) {\n    compoundQualification(compoundId: $compoundId) {\n      compoundId\n      assessmentVersion\n      computedAt\n    }\n  }\n"): typeof import('./graphql').QualificationStampDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompoundAssessments($compoundId: ID!) {\n    compoundAssessments(compoundId: $compoundId) {\n      id\n      version\n      rightsClarity\n      rightsUnit\n      hasCaretaker\n      caretaker\n      caretakerSince\n      surveyHouseholdsAsked\n      surveyHouseholdsWilling\n      surveyAcceptedFee\n      closableGates\n      entrancesToKeep\n      fireLane\n      evidence\n      recordedByName\n      recordedAt\n    }\n  }\n"): typeof import('./graphql').CompoundAssessmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCompoundAssessment($input: AssessmentInput!) {\n    recordCompoundAssessment(input: $input) {\n      id\n      version\n    }\n  }\n"): typeof import('./graphql').RecordCompoundAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RuleSetFields on QualificationRuleSet {\n    id\n    version\n    status\n    note\n    minRightsClarity\n    caretakerRequired\n    minWillingShare\n    minAcceptedFee\n    minClosableGates\n    maxEntrancesToKeep\n    fireLaneRequired\n    createdByName\n    createdAt\n    activatedAt\n  }\n"): typeof import('./graphql').RuleSetFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QualificationRuleSets($districtId: ID) {\n    qualificationRuleSets(districtId: $districtId) {\n      ...RuleSetFields\n    }\n  }\n"): typeof import('./graphql').QualificationRuleSetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QualificationWhatIf($rules: RuleSetInput!) {\n    qualificationWhatIf(rules: $rules) {\n      activeVersion\n      compounds\n      qualifiedNow\n      qualifiedWithDraft\n      changedCount\n      streets {\n        streetId\n        street {\n          id\n          name\n        }\n        compounds\n        qualifiedNow\n        qualifiedWithDraft\n        nearlyNow\n        nearlyWithDraft\n        changed\n      }\n      changes {\n        compoundId\n        compound {\n          id\n          name\n        }\n        before\n        after\n        reasons\n        summary\n      }\n    }\n  }\n"): typeof import('./graphql').QualificationWhatIfDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateQualificationRuleSet($input: RuleSetInput!) {\n    createQualificationRuleSet(input: $input) {\n      ...RuleSetFields\n    }\n  }\n"): typeof import('./graphql').CreateQualificationRuleSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateQualificationRuleSet($id: ID!) {\n    activateQualificationRuleSet(id: $id) {\n      ...RuleSetFields\n    }\n  }\n"): typeof import('./graphql').ActivateQualificationRuleSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProgressFigures on StreetRenovationProgress {\n    streetId\n    street {\n      id\n      name\n    }\n    projectCount\n    budget\n    spent\n    completedStages\n    completedOnTime\n    onTimeShare\n    overdueProjects\n    funnel {\n      stage\n      current\n      reached\n    }\n    finished {\n      projectId\n      closedOn\n      compound {\n        id\n        name\n      }\n    }\n    projects {\n      id\n      stage\n      budget\n      spent\n      compound {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').ProgressFiguresFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenovationProgress($districtId: ID!) {\n    renovationProgress(districtId: $districtId) {\n      districtId\n      district {\n        id\n        name\n      }\n      projectCount\n      budget\n      spent\n      completedStages\n      completedOnTime\n      onTimeShare\n      overdueProjects\n      funnel {\n        stage\n        current\n        reached\n      }\n      finished {\n        projectId\n        closedOn\n        compound {\n          id\n          name\n        }\n        street {\n          id\n          name\n        }\n      }\n      streets {\n        ...ProgressFigures\n      }\n    }\n  }\n"): typeof import('./graphql').RenovationProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenovationProjects($filter: RenovationProjectFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    renovationProjects(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          stage\n          budget\n          spent\n          compound {\n            id\n            name\n          }\n          street {\n            id\n            name\n          }\n          stages {\n            stage\n            plannedOn\n            actualOn\n            daysOverdue\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RenovationProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenovationAlerts($filter: AlertFilter, $first: Int, $after: String) {\n    alerts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          openedAt\n          compound {\n            id\n            name\n          }\n          street {\n            id\n            name\n          }\n          overdueStage {\n            stage\n            dueOn\n            since\n            daysOverdue\n            projectId\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RenovationAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProjectDetailFields on RenovationProject {\n    id\n    stage\n    budget\n    spent\n    plannedStartOn\n    contractor\n    propertyCompany\n    updatedAt\n    compound {\n      id\n      name\n      closureStatus\n    }\n    street {\n      id\n      name\n    }\n    district {\n      id\n      name\n    }\n    templateCompound {\n      id\n      name\n    }\n    stages {\n      stage\n      plannedOn\n      actualOn\n      daysOverdue\n    }\n    workItems {\n      id\n      kind\n      description\n      budget\n      spent\n    }\n    history {\n      id\n      kind\n      fromStage\n      toStage\n      actualOn\n      actorName\n      changedAt\n      reason\n    }\n  }\n"): typeof import('./graphql').ProjectDetailFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenovationProject($id: ID!) {\n    renovationProject(id: $id) {\n      ...ProjectDetailFields\n    }\n  }\n"): typeof import('./graphql').RenovationProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdvanceRenovationStage($id: ID!, $input: AdvanceRenovationStageInput!) {\n    advanceRenovationStage(id: $id, input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n"): typeof import('./graphql').AdvanceRenovationStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorrectRenovationStage($id: ID!, $input: CorrectRenovationStageInput!) {\n    correctRenovationStage(id: $id, input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n"): typeof import('./graphql').CorrectRenovationStageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenovationCandidateCompounds($search: String) {\n    compounds(first: 50, filter: { hasRenovationProject: false, search: $search }) {\n      totalCount\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RenovationCandidateCompoundsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenovationTemplateProjects {\n    renovationProjects(first: 100, filter: { stages: [CLOSED, HANDED_OVER] }) {\n      edges {\n        node {\n          id\n          budget\n          compound {\n            id\n            name\n          }\n          workItems {\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RenovationTemplateProjectsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRenovationProject($input: CreateRenovationProjectInput!) {\n    createRenovationProject(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateRenovationProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRenovationProject($id: ID!, $input: UpdateRenovationProjectInput!) {\n    updateRenovationProject(id: $id, input: $input) {\n      ...ProjectDetailFields\n    }\n  }\n"): typeof import('./graphql').UpdateRenovationProjectDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResidentRow on Resident {\n    id\n    compoundId\n    building\n    unit\n    room\n    name\n    idNumber\n    phone\n    plate\n    registeredAt\n  }\n"): typeof import('./graphql').ResidentRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentList($filter: ResidentFilter, $first: Int, $after: String, $last: Int, $before: String) {\n    residents(filter: $filter, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          ...ResidentRow\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentCommunityOptions {\n    communities(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentCommunityOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentCompoundOptions($communityId: ID!) {\n    compounds(filter: { communityId: $communityId }, sort: { field: NAME, direction: ASC }, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentCompoundOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentCompoundName($id: ID!) {\n    compound(id: $id) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ResidentCompoundNameDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterResident($input: RegisterResidentInput!) {\n    registerResident(input: $input) {\n      ...ResidentRow\n    }\n  }\n"): typeof import('./graphql').RegisterResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealResident($id: ID!, $reason: String!) {\n    revealResident(id: $id, reason: $reason) {\n      id\n      name\n      idNumber\n      phone\n      plate\n    }\n  }\n"): typeof import('./graphql').RevealResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportResidents($filter: ResidentFilter, $reason: String!) {\n    exportResidents(filter: $filter, reason: $reason) {\n      filename\n      mimeType\n      base64\n      rows\n    }\n  }\n"): typeof import('./graphql').ExportResidentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictOptions {\n    districts {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').DistrictOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StreetOptions($districtId: ID!) {\n    streets(districtId: $districtId) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').StreetOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommunityOptions($streetId: ID!) {\n    communities(streetId: $streetId, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CommunityOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionMe on Me {\n    id\n    username\n    displayName\n    role\n    districtId\n    streetId\n    communityId\n    secondFactor\n    hasTotp\n    secondFactorRequired\n    passwordExpired\n  }\n"): typeof import('./graphql').SessionMeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionMe\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      expiresAt\n      me {\n        ...SessionMe\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): typeof import('./graphql').LogoutDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
