/** A text column holding `PersonalData.encrypt` ciphertexts, and the context they were encrypted in. */
export interface EncryptedColumn {
  table: string;
  column: string;
  context: string;
}

/**
 * Every column that holds encrypted personal data: key rotation re-encrypts exactly these. A
 * module adding such a column adds one line here, e.g.
 *
 *   { table: 'resident', column: 'id_number', context: 'resident.id_number' },
 *
 * The table needs a primary key column `id` (rotation walks it in keyset batches); names are
 * lower-case SQL identifiers (`schema.table` allowed).
 */
export const ENCRYPTED_COLUMNS: readonly EncryptedColumn[] = [
  // Accounts' TOTP secrets (api/src/auth): not personal data, but a secret that must not sit in plain text.
  { table: 'app_user', column: 'totp_secret', context: 'app_user.totp_secret' },
  { table: 'resident', column: 'name', context: 'resident.name' },
  { table: 'resident', column: 'id_number', context: 'resident.id_number' },
  { table: 'resident', column: 'phone', context: 'resident.phone' },
  { table: 'resident', column: 'plate', context: 'resident.plate' },
  { table: 'hotline_call', column: 'caller_phone', context: 'hotline_call.caller_phone' },
];
