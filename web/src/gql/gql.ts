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
    "\n  query CompoundDetail($id: ID!) {\n    compound(id: $id) {\n      id\n      name\n      aliases\n      address\n      yearBuilt\n      isOld\n      buildings\n      households\n      floorArea\n      origin\n      propertyRights\n      propertyRightsUnit\n      caretaker\n      managementStatus\n      closureStatus\n      district {\n        id\n        name\n      }\n      street {\n        id\n        name\n      }\n      community {\n        id\n        name\n      }\n      gates {\n        id\n        name\n        kind\n        state\n      }\n    }\n  }\n": typeof types.CompoundDetailDocument,
    "\n  query CompoundList($filter: CompoundFilter, $sort: CompoundSort, $first: Int, $after: String, $last: Int, $before: String) {\n    compounds(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          yearBuilt\n          households\n          floorArea\n          managementStatus\n          closureStatus\n          street {\n            id\n            name\n          }\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CompoundListDocument,
    "\n  query DistrictOverview($id: ID!) {\n    district(id: $id) {\n      id\n      name\n      stats {\n        compounds\n        oldCompounds\n        households\n        closedShareOfOld\n        byClosureStatus {\n          status\n          count\n        }\n      }\n      streets {\n        id\n        name\n        kind\n        stats {\n          compounds\n          oldCompounds\n          households\n          byClosureStatus {\n            status\n            count\n          }\n        }\n      }\n      trend(days: 90) {\n        day\n        open\n        planned\n        underRenovation\n        closed\n      }\n    }\n  }\n": typeof types.DistrictOverviewDocument,
    "\n  query DistrictOptions {\n    districts {\n      id\n      name\n    }\n  }\n": typeof types.DistrictOptionsDocument,
    "\n  query StreetOptions($districtId: ID!) {\n    streets(districtId: $districtId) {\n      id\n      name\n    }\n  }\n": typeof types.StreetOptionsDocument,
    "\n  query CommunityOptions($streetId: ID!) {\n    communities(streetId: $streetId, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.CommunityOptionsDocument,
};
const documents: Documents = {
    "\n  query CompoundDetail($id: ID!) {\n    compound(id: $id) {\n      id\n      name\n      aliases\n      address\n      yearBuilt\n      isOld\n      buildings\n      households\n      floorArea\n      origin\n      propertyRights\n      propertyRightsUnit\n      caretaker\n      managementStatus\n      closureStatus\n      district {\n        id\n        name\n      }\n      street {\n        id\n        name\n      }\n      community {\n        id\n        name\n      }\n      gates {\n        id\n        name\n        kind\n        state\n      }\n    }\n  }\n": types.CompoundDetailDocument,
    "\n  query CompoundList($filter: CompoundFilter, $sort: CompoundSort, $first: Int, $after: String, $last: Int, $before: String) {\n    compounds(filter: $filter, sort: $sort, first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          name\n          yearBuilt\n          households\n          floorArea\n          managementStatus\n          closureStatus\n          street {\n            id\n            name\n          }\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CompoundListDocument,
    "\n  query DistrictOverview($id: ID!) {\n    district(id: $id) {\n      id\n      name\n      stats {\n        compounds\n        oldCompounds\n        households\n        closedShareOfOld\n        byClosureStatus {\n          status\n          count\n        }\n      }\n      streets {\n        id\n        name\n        kind\n        stats {\n          compounds\n          oldCompounds\n          households\n          byClosureStatus {\n            status\n            count\n          }\n        }\n      }\n      trend(days: 90) {\n        day\n        open\n        planned\n        underRenovation\n        closed\n      }\n    }\n  }\n": types.DistrictOverviewDocument,
    "\n  query DistrictOptions {\n    districts {\n      id\n      name\n    }\n  }\n": types.DistrictOptionsDocument,
    "\n  query StreetOptions($districtId: ID!) {\n    streets(districtId: $districtId) {\n      id\n      name\n    }\n  }\n": types.StreetOptionsDocument,
    "\n  query CommunityOptions($streetId: ID!) {\n    communities(streetId: $streetId, first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.CommunityOptionsDocument,
};

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
export function graphql(source: "\n  query DistrictOverview($id: ID!) {\n    district(id: $id) {\n      id\n      name\n      stats {\n        compounds\n        oldCompounds\n        households\n        closedShareOfOld\n        byClosureStatus {\n          status\n          count\n        }\n      }\n      streets {\n        id\n        name\n        kind\n        stats {\n          compounds\n          oldCompounds\n          households\n          byClosureStatus {\n            status\n            count\n          }\n        }\n      }\n      trend(days: 90) {\n        day\n        open\n        planned\n        underRenovation\n        closed\n      }\n    }\n  }\n"): typeof import('./graphql').DistrictOverviewDocument;
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


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
