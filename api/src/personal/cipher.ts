import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Keyring } from './keyring';

/**
 * Field encryption: AES-256-GCM, one random 12-byte IV per value. A ciphertext is a string
 *
 *   v1:<keyId>:<iv base64url>:<ciphertext + 16-byte tag, base64url>
 *
 * so every value says which key decrypts it. The additional authenticated data binds it to its
 * key id and to a caller-given context (conventionally `table.column`): a value copied into
 * another column, or given another key id, fails to decrypt instead of showing up elsewhere.
 */

const VERSION = 'v1';
const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** A ciphertext is malformed, or does not authenticate (altered, wrong key, wrong context). */
export class PersonalDataCipherError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PersonalDataCipherError';
  }
}

interface Sealed {
  keyId: string;
  iv: Buffer;
  body: Buffer;
}

function additionalData(keyId: string, context: string): Buffer {
  if (context === '') throw new PersonalDataCipherError('an encryption context (e.g. "resident.id_number") is required');
  return Buffer.from(`${VERSION}:${keyId}:${context}`, 'utf8');
}

function parse(ciphertext: string): Sealed {
  const parts = ciphertext.split(':');
  const [version, keyId, iv, body] = parts;
  if (parts.length !== 4 || version !== VERSION || !keyId || !iv || !body || !BASE64URL.test(iv) || !BASE64URL.test(body)) {
    throw new PersonalDataCipherError(`not a ${VERSION} personal data ciphertext`);
  }
  const sealed = { keyId, iv: Buffer.from(iv, 'base64url'), body: Buffer.from(body, 'base64url') };
  if (sealed.iv.length !== IV_BYTES || sealed.body.length < TAG_BYTES) {
    throw new PersonalDataCipherError(`not a ${VERSION} personal data ciphertext (truncated)`);
  }
  return sealed;
}

/** Encrypts under the newest key. */
export function encryptField(keyring: Keyring, context: string, plaintext: string): string {
  const keyId = keyring.newestKeyId;
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, keyring.key(keyId), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData(keyId, context));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `${VERSION}:${keyId}:${iv.toString('base64url')}:${body.toString('base64url')}`;
}

/** Decrypts with the key the ciphertext names; a PersonalDataKeyError when that key is not in the ring. */
export function decryptField(keyring: Keyring, context: string, ciphertext: string): string {
  const { keyId, iv, body } = parse(ciphertext);
  const decipher = createDecipheriv(ALGORITHM, keyring.key(keyId), iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(additionalData(keyId, context));
  decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    throw new PersonalDataCipherError(
      `ciphertext does not authenticate under key "${keyId}" in context "${context}": altered, or moved from another column`,
    );
  }
}

/** The id of the key a ciphertext was encrypted with. */
export function ciphertextKeyId(ciphertext: string): string {
  return parse(ciphertext).keyId;
}
