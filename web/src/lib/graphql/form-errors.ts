import type { Messages } from '@/i18n/messages';
import { asApiError, errorMessage, reasonMessage } from './errors';

/** Where a refused submission's message goes: under one of the form's fields, or for the whole form. */
export type SubmitError<F extends string> = { field: F; message: string } | { field: undefined; message: string };

export interface SubmitErrorOptions {
  /** The argument(s) the API's field paths start with, e.g. `input` for `input.idNumber`. */
  argument?: string | readonly string[];
  /** A BAD_USER_INPUT at no field of the form shows the server's reason rather than the generic sentence. */
  reasonForForm?: boolean;
}

/**
 * A BAD_USER_INPUT whose `extensions.field` names one of `fields` becomes that field's message
 * (the reason, in the current language); anything else is a message for the form.
 */
export function submitError<F extends string>(
  caught: unknown,
  fields: readonly F[],
  t: Messages,
  options: SubmitErrorOptions = {},
): SubmitError<F> {
  const error = asApiError(caught);
  if (error.code !== 'BAD_USER_INPUT') return { field: undefined, message: errorMessage(error, t) };
  const prefixes = typeof options.argument === 'string' ? [options.argument] : (options.argument ?? []);
  const prefix = prefixes.find((p) => error.field?.startsWith(`${p}.`));
  const path = prefix ? error.field?.slice(prefix.length + 1) : error.field;
  const field = fields.find((f) => f === path);
  if (field) return { field, message: reasonMessage(error.reason, t) };
  return { field: undefined, message: options.reasonForForm ? reasonMessage(error.reason, t) : errorMessage(error, t) };
}
