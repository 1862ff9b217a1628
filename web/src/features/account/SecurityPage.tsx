'use client';

import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { Panel } from '@/components/ui/Panel';
import type { TotpEnrolment } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { asApiError, errorMessage, reasonMessage } from '@/lib/graphql/errors';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { roleHome, safeNext } from '@/lib/session/access';
import { needsEnrolment, useSession } from '@/lib/session/SessionProvider';
import { ConfirmTotpEnrolmentMutation, RegenerateRecoveryCodesMutation, StartTotpEnrolmentMutation } from './queries';

/**
 * `/account/security`: TOTP enrolment (QR code, the secret for manual entry, a code to confirm),
 * the recovery codes shown once, and new recovery codes later. Roles that must have a second
 * factor land here after their first sign-in and go on to `next` when done.
 */
export function SecurityPage() {
  const { t } = useI18n();
  const router = useRouter();
  const searchParams = useSearchParams();
  const { me, setMe } = useSession();
  const [codes, setCodes] = useState<readonly string[]>();
  const [confirmRegenerate, setConfirmRegenerate] = useState(false);
  const [regenerating, setRegenerating] = useState(false);
  const [error, setError] = useState<string>();

  if (!me) return null;
  const required = needsEnrolment(me);

  const done = () => router.replace(safeNext(searchParams.get('next')) ?? roleHome(me.role));

  const regenerate = async () => {
    setRegenerating(true);
    setError(undefined);
    try {
      const { regenerateRecoveryCodes } = await fetchGraphQL(RegenerateRecoveryCodesMutation, {});
      setCodes(regenerateRecoveryCodes);
    } catch (caught) {
      setError(errorMessage(asApiError(caught), t));
    }
    setRegenerating(false);
    setConfirmRegenerate(false);
  };

  return (
    <div className="page page--narrow">
      <div className="page-head">
        <h1>{t.security.title}</h1>
      </div>
      {codes ? (
        <RecoveryCodes codes={codes} onSaved={() => (required || searchParams.has('next') ? done() : setCodes(undefined))} />
      ) : (
        <Panel title={t.security.totp}>
          {me.hasTotp ? (
            <div className="stack">
              <p data-testid="totp-status" data-enrolled="true">
                <span className="badge badge--ok">✓</span> {t.security.enrolled}
              </p>
              {error && (
                <p className="form-error" role="alert">
                  {error}
                </p>
              )}
              <div>
                <button type="button" className="button" data-testid="recovery-regenerate" onClick={() => setConfirmRegenerate(true)}>
                  {t.security.regenerate}
                </button>
              </div>
            </div>
          ) : (
            <Enrolment
              required={required}
              onEnrolled={(newCodes) => {
                setCodes(newCodes);
                setMe({ ...me, hasTotp: true, secondFactor: true });
              }}
            />
          )}
        </Panel>
      )}
      {!required && !codes && (
        <Panel title={t.security.password}>
          <Link href="/account/password" className="button" data-testid="change-password-link">
            {t.security.changePassword}
          </Link>
        </Panel>
      )}
      <ConfirmDialog
        message={confirmRegenerate ? t.security.regenerateConfirm : null}
        confirmLabel={t.security.regenerate}
        busy={regenerating}
        onConfirm={() => void regenerate()}
        onCancel={() => setConfirmRegenerate(false)}
      />
    </div>
  );
}

function Enrolment({ required, onEnrolled }: { required: boolean; onEnrolled(codes: readonly string[]): void }) {
  const { t } = useI18n();
  const codeId = useId();
  const errorId = useId();
  const [enrolment, setEnrolment] = useState<TotpEnrolment>();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  const start = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const { startTotpEnrolment } = await fetchGraphQL(StartTotpEnrolmentMutation, {});
      setEnrolment(startTotpEnrolment);
    } catch (caught) {
      setError(errorMessage(asApiError(caught), t));
    }
    setBusy(false);
  };

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{6}$/.test(code)) {
      setError(t.login.codeFormat);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const { confirmTotpEnrolment } = await fetchGraphQL(ConfirmTotpEnrolmentMutation, { code });
      onEnrolled(confirmTotpEnrolment);
    } catch (caught) {
      const apiError = asApiError(caught);
      setError(apiError.code === 'BAD_USER_INPUT' ? reasonMessage(apiError.reason, t) : errorMessage(apiError, t));
      setCode('');
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      {required && (
        <p className="notice" role="status" data-testid="enrolment-required">
          {t.security.requiredNotice}
        </p>
      )}
      <p data-testid="totp-status" data-enrolled="false">
        {t.security.notEnrolled}
      </p>
      {!enrolment ? (
        <div>
          <button type="button" className="button button--primary" data-testid="totp-start" disabled={busy} onClick={() => void start()}>
            {t.security.start}
          </button>
        </div>
      ) : (
        <form className="enrolment" onSubmit={confirm} noValidate>
          <div className="enrolment-qr">
            <p>{t.security.scan}</p>
            {/* Server-made SVG, shown as an image: no markup of it ever enters the page. */}
            <img
              src={`data:image/svg+xml;utf8,${encodeURIComponent(enrolment.qrSvg)}`}
              alt={t.security.qrAlt}
              width={200}
              height={200}
              className="qr-code"
              data-testid="totp-qr"
            />
            <p className="muted">{t.security.manual}</p>
            <code className="secret" data-testid="totp-secret">
              {enrolment.secret}
            </code>
          </div>
          <div className="field">
            <label htmlFor={codeId}>{t.security.enterCode}</label>
            <div className="search-row">
              <input
                id={codeId}
                type="text"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                className="code-input"
                value={code}
                data-testid="totp-code"
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
              />
              <button type="submit" className="button button--primary" data-testid="totp-confirm" disabled={busy}>
                {busy ? t.security.confirming : t.security.confirm}
              </button>
            </div>
          </div>
        </form>
      )}
      {error && (
        <p id={errorId} className="form-error" role="alert" data-testid="totp-error">
          {error}
        </p>
      )}
    </div>
  );
}

function RecoveryCodes({ codes, onSaved }: { codes: readonly string[]; onSaved(): void }) {
  const { t } = useI18n();
  return (
    <Panel title={t.security.codesTitle}>
      <p className="notice">{t.security.codesBody}</p>
      <ol className="recovery-codes" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <button type="button" className="button button--primary" data-testid="recovery-codes-saved" onClick={onSaved}>
        {t.security.saved}
      </button>
    </Panel>
  );
}
