'use client';

import { useId, type ReactNode } from 'react';

/** What a field hands its control: spread it onto the `<input>`, `<select>` or `<textarea>`. */
export interface FormFieldControlProps {
  id: string;
  name: string;
  'data-testid': string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

export interface FormFieldProps {
  label: string;
  /** The control's `name`, and the end of its test ids. */
  name: string;
  /** The control is `${testIdPrefix}-${name}`, its error `${testIdPrefix}-error-${name}`. */
  testIdPrefix: string;
  /** Where the error's test id predates the convention. */
  errorTestId?: string;
  /** A note after the label, e.g. "(optional)". */
  labelNote?: string;
  hint?: string;
  /** The message under the control; while set the control is `aria-invalid`. */
  error?: string;
  /** Spans the whole row of a `.form-grid`. */
  wide?: boolean;
  children(control: FormFieldControlProps): ReactNode;
}

/**
 * A label, its control, an optional hint and the field's error under it, wired together: the
 * label names the control, the control is described by its error and hint.
 */
export function FormField({ label, name, testIdPrefix, errorTestId, labelNote, hint, error, wide, children }: FormFieldProps) {
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  const describedBy = [error ? errorId : undefined, hint ? hintId : undefined].filter(Boolean).join(' ');
  return (
    <div className={wide ? 'field field--wide' : 'field'}>
      <label htmlFor={id}>
        {label}
        {labelNote && <span className="field-optional"> {labelNote}</span>}
      </label>
      {children({
        id,
        name,
        'data-testid': `${testIdPrefix}-${name}`,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error" role="alert" data-testid={errorTestId ?? `${testIdPrefix}-error-${name}`}>
          {error}
        </p>
      )}
    </div>
  );
}

export interface SelectFieldProps extends Omit<FormFieldProps, 'children'> {
  value: string;
  /** Undefined while loading or while a choice it depends on is unset: the select is then disabled. */
  options: readonly { id: string; name: string }[] | undefined;
  /** The first, empty option. */
  placeholder: string;
  onChange(id: string): void;
}

/** A field whose control is a select of `{ id, name }` options, e.g. district → street → community. */
export function SelectField({ value, options, placeholder, onChange, ...field }: SelectFieldProps) {
  return (
    <FormField {...field}>
      {(props) => (
        <select {...props} value={options ? value : ''} disabled={!options} onChange={(e) => onChange(e.target.value)}>
          <option value="">{placeholder}</option>
          {options?.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
