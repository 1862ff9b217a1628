'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useId, useRef, useState, type FormEvent } from 'react';
import { FormField } from '@/components/ui/FormField';
import { useI18n } from '@/i18n/LocaleProvider';
import { asApiError, errorMessage } from '@/lib/graphql/errors';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { roleHome, safeNext } from '@/lib/session/access';
import { LoginMutation } from '@/lib/session/queries';
import { needsEnrolment, useSession } from '@/lib/session/SessionProvider';
import { DEMO_LOGIN_PASSWORD, DEMO_LOGINS } from './demo-accounts';

type Method = 'totp' | 'recovery';

const SHOW_DEMO_ACCOUNTS = process.env.NODE_ENV !== 'production';

/**
 * `/login`: user name and password; an account with TOTP is asked for its 6-digit code (or a
 * recovery code) next, and the same login is sent again with it. Then on to `next` (a path on
 * this site only) or the role's start page.
 */
export function LoginPage() {
  const { t } = useI18n();
  const router = useRouter();
  const searchParams = useSearchParams();
  const { setMe } = useSession();
  const ids = { code: useId(), error: useId() };
  const codeRef = useRef<HTMLInputElement>(null);

  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [secondFactor, setSecondFactor] = useState(false);
  const [method, setMethod] = useState<Method>('totp');
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const notice =
    searchParams.get('expired') === '1' ? t.login.expired : searchParams.get('signedOut') === '1' ? t.login.loggedOut : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!username.trim() || !password) {
      setError(t.login.required);
      return;
    }
    const trimmedCode = code.trim();
    if (secondFactor && method === 'totp' && !/^\d{6}$/.test(trimmedCode)) {
      setError(t.login.codeFormat);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const input = {
        username: username.trim(),
        password,
        totpCode: secondFactor && method === 'totp' ? trimmedCode : undefined,
        recoveryCode: secondFactor && method === 'recovery' ? trimmedCode : undefined,
      };
      const { login } = await fetchGraphQL(LoginMutation, { input });
      setMe(login.me);
      const target = safeNext(searchParams.get('next')) ?? roleHome(login.me.role);
      router.replace(needsEnrolment(login.me) ? `/account/security?next=${encodeURIComponent(target)}` : target);
    } catch (caught) {
      const apiError = asApiError(caught);
      if (apiError.code === 'SECOND_FACTOR_REQUIRED') {
        setSecondFactor(true);
        setError(undefined);
        requestAnimationFrame(() => codeRef.current?.focus());
      } else {
        setError(errorMessage(apiError, t));
        if (secondFactor) setCode('');
      }
      setBusy(false);
    }
  };

  const switchMethod = () => {
    setMethod(method === 'totp' ? 'recovery' : 'totp');
    setCode('');
    setError(undefined);
    requestAnimationFrame(() => codeRef.current?.focus());
  };

  return (
    <div className="auth-page">
      <div className="auth-card panel">
        <h1 className="auth-title">{t.login.title}</h1>
        <p className="muted">{t.login.subtitle}</p>
        {notice && (
          <p className="notice" role="status" data-testid="login-notice">
            {notice}
          </p>
        )}
        <form className="auth-form" onSubmit={submit} noValidate data-testid="login-form">
          <FormField testIdPrefix="login" label={t.login.username} name="username">
            {(props) => (
              <input
                {...props}
                type="text"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                readOnly={secondFactor}
                value={username}
                onChange={(e) => setUsername(e.target.value)}
              />
            )}
          </FormField>
          <FormField testIdPrefix="login" label={t.login.password} name="password">
            {(props) => (
              <input
                {...props}
                type="password"
                autoComplete="current-password"
                required
                readOnly={secondFactor}
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </FormField>
          {secondFactor && (
            <div className="field" data-testid="second-factor">
              <p className="notice notice--info">{t.login.secondFactorNeeded}</p>
              <label htmlFor={ids.code}>{method === 'totp' ? t.login.totpCode : t.login.recoveryCode}</label>
              <input
                ref={codeRef}
                id={ids.code}
                key={method}
                type="text"
                name={method === 'totp' ? 'totp' : 'recovery'}
                inputMode={method === 'totp' ? 'numeric' : 'text'}
                autoComplete="one-time-code"
                maxLength={method === 'totp' ? 6 : 19}
                className={method === 'totp' ? 'code-input' : undefined}
                value={code}
                data-testid={method === 'totp' ? 'login-totp' : 'login-recovery'}
                aria-describedby={error ? ids.error : undefined}
                onChange={(e) => setCode(method === 'totp' ? e.target.value.replace(/\D/g, '') : e.target.value.toUpperCase())}
              />
              <p className="field-hint">{method === 'totp' ? t.login.totpHint : t.login.recoveryHint}</p>
              <button type="button" className="button button--link button--inline" data-testid="login-switch-method" onClick={switchMethod}>
                {method === 'totp' ? t.login.useRecovery : t.login.useTotp}
              </button>
            </div>
          )}
          {error && (
            <p id={ids.error} className="form-error" role="alert" data-testid="login-error">
              {error}
            </p>
          )}
          <button type="submit" className="button button--primary" disabled={busy} data-testid="login-submit">
            {busy ? t.login.submitting : t.login.submit}
          </button>
        </form>
      </div>
      {SHOW_DEMO_ACCOUNTS && <DemoAccounts />}
    </div>
  );
}

function DemoAccounts() {
  const { t } = useI18n();
  return (
    <details className="auth-card panel demo-accounts" data-testid="demo-accounts">
      <summary>{t.login.demoTitle}</summary>
      <p>
        {t.login.demoPassword} <code>{DEMO_LOGIN_PASSWORD}</code>
      </p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t.login.demoColumn.username}</th>
            <th scope="col">{t.login.demoColumn.role}</th>
            <th scope="col">{t.login.demoColumn.place}</th>
          </tr>
        </thead>
        <tbody>
          {DEMO_LOGINS.map((account) => (
            <tr key={account.username}>
              <th scope="row">
                <code>{account.username}</code>
              </th>
              <td>{t.enums.role[account.role]}</td>
              <td>{account.place}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">{t.login.demoNote}</p>
    </details>
  );
}
