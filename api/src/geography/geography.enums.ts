import { registerEnumType } from 'type-graphql';

/** 街道 (urban sub-district) or 乡/镇 (township): both sit between district and community. */
export enum StreetKind {
  STREET = 'STREET',
  TOWNSHIP = 'TOWNSHIP',
}

registerEnumType(StreetKind, { name: 'StreetKind', description: '街道 (STREET) 或 乡镇 (TOWNSHIP)' });
