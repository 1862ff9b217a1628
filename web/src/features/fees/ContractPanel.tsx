'use client';

import { useState, type FormEvent, type ReactNode } from 'react';
import { ErrorState } from '@/components/ui/ErrorState';
import { FormField } from '@/components/ui/FormField';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import type { FeeContractFieldsFragment } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatDateTime } from '@/lib/format';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { submitError } from '@/lib/graphql/form-errors';
import type { QueryResult } from '@/lib/graphql/use-query';
import { SetFeeContractMutation } from './queries';

type Contract = FeeContractFieldsFragment;
type Field = 'company' | 'startDate' | 'feePerM2';
const FIELDS: readonly Field[] = ['company', 'startDate', 'feePerM2'];

/** Yuan with at most 2 decimals, above 0 and at most 100 (the API's rule), or null. */
function parseFee(text: string): number | null {
  const value = text.trim();
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(value)) return null;
  const fee = Number(value);
  return fee > 0 && fee <= 100 ? fee : null;
}

/**
 * A compound's property-service contract (company, start date, yuan per m² and month) and, for
 * the roles that may, the form that sets or replaces it (audited by the API).
 */
export function ContractPanel({
  compoundId,
  contract,
  editable,
  onSaved,
}: {
  compoundId: string;
  contract: QueryResult<{ feeContract?: Contract | null }>;
  editable: boolean;
  onSaved(contract: Contract): void;
}) {
  const { t, locale } = useI18n();
  const c = t.fees.contract;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const current = contract.data?.feeContract ?? null;

  return (
    <Panel title={c.title} className="fee-contract">
      {contract.status === 'loading' && <Skeleton lines={2} height={22} />}
      {contract.status === 'error' && <ErrorState error={contract.error} onRetry={contract.refetch} />}
      {contract.status === 'success' && (
        <>
          {current ? (
            <dl className="fact-list" data-testid="fee-contract">
              <Fact testId="company" label={c.company}>
                {current.company}
              </Fact>
              <Fact testId="start-date" label={c.startDate}>
                {current.startDate}
              </Fact>
              <Fact testId="fee" label={c.feePerM2}>
                {c.fee(current.feePerM2.toFixed(2))}
              </Fact>
              <Fact testId="updated-at" label={c.updatedAt}>
                {formatDateTime(current.updatedAt, locale)}
              </Fact>
            </dl>
          ) : (
            <p className="muted" data-testid="fee-contract-none">
              {c.none}
            </p>
          )}
          {saved && !editing && (
            <p className="notice notice--ok fee-contract-saved" role="status" data-testid="fee-contract-saved">
              {c.saved}
            </p>
          )}
          {editable && (
            <div className="fee-contract-actions">
              <button
                type="button"
                className={editing ? 'button' : 'button button--primary'}
                data-testid="fee-contract-edit"
                aria-expanded={editing}
                onClick={() => {
                  setEditing((open) => !open);
                  setSaved(false);
                }}
              >
                {editing ? c.close : current ? c.edit : c.create}
              </button>
            </div>
          )}
          {editable && editing && (
            <ContractForm
              compoundId={compoundId}
              current={current}
              onSaved={(next) => {
                setEditing(false);
                setSaved(true);
                onSaved(next);
              }}
            />
          )}
        </>
      )}
    </Panel>
  );
}

function Fact({ testId, label, children }: { testId: string; label: string; children: ReactNode }) {
  return (
    <div className="fact" data-testid={`fee-contract-fact-${testId}`}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function ContractForm({
  compoundId,
  current,
  onSaved,
}: {
  compoundId: string;
  current: Contract | null;
  onSaved(contract: Contract): void;
}) {
  const { t } = useI18n();
  const c = t.fees.contract;
  const [draft, setDraft] = useState<Record<Field, string>>({
    company: current?.company ?? '',
    startDate: current?.startDate ?? '',
    feePerM2: current ? current.feePerM2.toFixed(2) : '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    const company = draft.company.trim();
    const companyLength = [...company].length;
    if (companyLength < 1 || companyLength > 100) found.company = c.companyRequired;
    if (!draft.startDate) found.startDate = c.startDateRequired;
    const fee = parseFee(draft.feePerM2);
    if (fee === null) found.feePerM2 = c.feeInvalid;
    setErrors(found);
    setFormError(undefined);
    if (Object.keys(found).length > 0 || fee === null) return;

    setBusy(true);
    try {
      const { setFeeContract } = await fetchGraphQL(SetFeeContractMutation, {
        input: { compoundId, company, startDate: draft.startDate, feePerM2: fee },
      });
      onSaved(setFeeContract);
      return;
    } catch (caught) {
      const { field, message } = submitError(caught, FIELDS, t, { argument: 'input', reasonForForm: true });
      if (field) setErrors({ [field]: message });
      else setFormError(message);
    }
    setBusy(false);
  };

  return (
    <form className="form-grid fee-contract-form" onSubmit={submit} noValidate data-testid="fee-contract-form">
      <FormField testIdPrefix="fee-contract" label={c.company} name="company" hint={c.companyHint} error={errors.company}>
        {(props) => (
          <input
            {...props}
            type="text"
            maxLength={100}
            value={draft.company}
            onChange={(e) => setDraft((d) => ({ ...d, company: e.target.value }))}
          />
        )}
      </FormField>
      <FormField testIdPrefix="fee-contract" label={c.startDate} name="startDate" hint={c.startDateHint} error={errors.startDate}>
        {(props) => (
          <input {...props} type="date" value={draft.startDate} onChange={(e) => setDraft((d) => ({ ...d, startDate: e.target.value }))} />
        )}
      </FormField>
      <FormField testIdPrefix="fee-contract" label={c.feePerM2} name="feePerM2" hint={c.feeHint} error={errors.feePerM2}>
        {(props) => (
          <input
            {...props}
            type="number"
            inputMode="decimal"
            min={0.01}
            max={100}
            step={0.01}
            value={draft.feePerM2}
            onChange={(e) => setDraft((d) => ({ ...d, feePerM2: e.target.value }))}
          />
        )}
      </FormField>
      <div className="form-grid-actions">
        {formError && (
          <p className="form-error" role="alert" data-testid="fee-contract-error">
            {formError}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy} data-testid="fee-contract-submit">
          {busy ? c.submitting : c.submit}
        </button>
      </div>
    </form>
  );
}
