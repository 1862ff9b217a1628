'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { FormField } from '@/components/ui/FormField';
import { Panel } from '@/components/ui/Panel';
import { useI18n } from '@/i18n/LocaleProvider';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { submitError } from '@/lib/graphql/form-errors';
import { roleHome, safeNext } from '@/lib/session/access';
import { useSession } from '@/lib/session/SessionProvider';
import { passwordPolicyProblem } from './password-policy';
import { ChangePasswordMutation } from './queries';

type Field = 'currentPassword' | 'newPassword' | 'repeat';
/** The fields the API checks; `repeat` is checked here only. */
const API_FIELDS: readonly Field[] = ['currentPassword', 'newPassword'];

/** `/account/password`: change the password, the policy spelled out, each refusal shown at its field. */
export function PasswordPage() {
  const { t } = useI18n();
  const router = useRouter();
  const searchParams = useSearchParams();
  const { me, setMe } = useSession();
  const [values, setValues] = useState<Record<Field, string>>({ currentPassword: '', newPassword: '', repeat: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  if (!me) return null;
  const expired = me.passwordExpired;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!values.currentPassword) found.currentPassword = t.reasons.wrongCurrent;
    const policy = passwordPolicyProblem(values.newPassword, me.username, t);
    if (policy) found.newPassword = policy;
    else if (values.newPassword !== values.repeat) found.repeat = t.password.mismatch;
    setErrors(found);
    setFormError(undefined);
    setDone(false);
    if (Object.keys(found).length > 0) return;

    setBusy(true);
    try {
      await fetchGraphQL(ChangePasswordMutation, { currentPassword: values.currentPassword, newPassword: values.newPassword });
      setValues({ currentPassword: '', newPassword: '', repeat: '' });
      setDone(true);
      if (expired) {
        setMe({ ...me, passwordExpired: false });
        router.replace(safeNext(searchParams.get('next')) ?? roleHome(me.role));
      }
    } catch (caught) {
      const { field, message } = submitError(caught, API_FIELDS, t);
      if (field) setErrors({ [field]: message });
      else setFormError(message);
    }
    setBusy(false);
  };

  const field = (name: Field, label: string, autoComplete: string) => (
    <PasswordField
      name={name}
      label={label}
      autoComplete={autoComplete}
      value={values[name]}
      error={errors[name]}
      onChange={(value) => setValues((v) => ({ ...v, [name]: value }))}
    />
  );

  return (
    <div className="page page--narrow">
      <div className="page-head">
        <h1>{t.password.title}</h1>
      </div>
      {expired && (
        <p className="notice" role="status" data-testid="password-expired">
          {t.password.expiredNotice}
        </p>
      )}
      <Panel title={t.password.title}>
        <div className="password-layout">
          <form className="auth-form" onSubmit={submit} noValidate data-testid="password-form">
            <input type="text" name="username" autoComplete="username" value={me.username} readOnly hidden />
            {field('currentPassword', t.password.current, 'current-password')}
            {field('newPassword', t.password.next, 'new-password')}
            {field('repeat', t.password.repeat, 'new-password')}
            {formError && (
              <p className="form-error" role="alert">
                {formError}
              </p>
            )}
            {done && (
              <p className="notice notice--ok" role="status" data-testid="password-changed">
                {t.password.success}
              </p>
            )}
            <div>
              <button type="submit" className="button button--primary" disabled={busy} data-testid="password-submit">
                {busy ? t.password.submitting : t.password.submit}
              </button>
            </div>
          </form>
          <aside className="policy" aria-label={t.password.policyTitle}>
            <p className="policy-title">{t.password.policyTitle}</p>
            <ul>
              {t.password.policy.map((rule) => (
                <li key={rule}>{rule}</li>
              ))}
            </ul>
          </aside>
        </div>
      </Panel>
    </div>
  );
}

interface PasswordFieldProps {
  name: string;
  label: string;
  autoComplete: string;
  value: string;
  error: string | undefined;
  onChange(value: string): void;
}

function PasswordField({ name, label, autoComplete, value, error, onChange }: PasswordFieldProps) {
  return (
    <FormField testIdPrefix="password" errorTestId={`error-${name}`} label={label} name={name} error={error}>
      {(props) => <input {...props} type="password" autoComplete={autoComplete} value={value} onChange={(e) => onChange(e.target.value)} />}
    </FormField>
  );
}
