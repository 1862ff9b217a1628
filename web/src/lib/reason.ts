/**
 * The API's bounds for the reason behind an audited read (an unmasked resident, an export),
 * counted in characters after trimming.
 */
export const REASON_MIN_LENGTH = 4;
export const REASON_MAX_LENGTH = 200;

export const reasonLength = (reason: string) => [...reason.trim()].length;
export const isReasonValid = (reason: string) => {
  const length = reasonLength(reason);
  return length >= REASON_MIN_LENGTH && length <= REASON_MAX_LENGTH;
};
