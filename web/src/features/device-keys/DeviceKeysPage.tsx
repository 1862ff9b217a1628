'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useId, useState } from 'react';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatInteger } from '@/lib/format';
import { ApiError, errorMessage } from '@/lib/graphql/errors';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { useQuery } from '@/lib/graphql/use-query';
import { useCompoundsWithGates } from './compound-gates';
import { CreateDeviceKeyForm, type CreatedKey } from './CreateDeviceKeyForm';
import { DeviceKeyTable, type DeviceKeyRow } from './DeviceKeyTable';
import { NewKeyBox } from './NewKeyBox';
import { DeviceKeysQuery, RevokeDeviceKeyMutation } from './queries';

type Result = { ok: boolean; text: string };

/**
 * `/admin/devices` (ADMIN): the gate devices' API keys, with their compound and gate, when they
 * were last used and whether they are revoked; a form that creates one and shows it once.
 * The gate filter is in the URL (`?gate=`); the new key never is.
 */
export function DeviceKeysPage() {
  const { t, locale } = useI18n();
  const router = useRouter();
  const searchParams = useSearchParams();
  const gateFilter = searchParams.get('gate') || undefined;
  const filterId = useId();

  // All keys (they name the gates the filter offers), and one gate's when filtered.
  const all = useQuery(DeviceKeysQuery, {});
  const filtered = useQuery(DeviceKeysQuery, { gateId: gateFilter ?? null }, { skip: !gateFilter });
  const keys = gateFilter ? filtered : all;
  const compounds = useCompoundsWithGates(all.data?.deviceKeys.map((k) => k.compoundId) ?? []);

  const [created, setCreated] = useState<CreatedKey>();
  const [pending, setPending] = useState<DeviceKeyRow | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>();

  const refetch = () => {
    all.refetch();
    if (gateFilter) filtered.refetch();
  };

  const setGate = (gate: string) =>
    router.replace(gate ? `/admin/devices?gate=${encodeURIComponent(gate)}` : '/admin/devices', { scroll: false });

  const revoke = async (row: DeviceKeyRow) => {
    setBusy(true);
    try {
      await fetchGraphQL(RevokeDeviceKeyMutation, { id: row.id });
      setResult({ ok: true, text: t.devices.revokedDone(row.name) });
      refetch();
    } catch (caught) {
      setResult({ ok: false, text: errorMessage(caught instanceof ApiError ? caught : new ApiError('UNKNOWN', String(caught)), t) });
    }
    setBusy(false);
    setPending(null);
  };

  // Each gate that has a key, once, labelled "compound gate".
  const gateOptions = [...new Map((all.data?.deviceKeys ?? []).map((k) => [k.gateId, k.compoundId])).entries()].map(
    ([gateId, compoundId]) => {
      const compound = compounds.get(compoundId);
      const gate = compound?.gates.find((g) => g.id === gateId);
      return { id: gateId, label: compound && gate ? `${compound.name} ${gate.name}` : '…' };
    },
  );
  if (gateFilter && !gateOptions.some((o) => o.id === gateFilter)) gateOptions.push({ id: gateFilter, label: '…' });

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{t.devices.title}</h1>
          <p className="muted">{t.devices.intro}</p>
        </div>
      </div>
      <p
        className={result ? `device-keys-result notice ${result.ok ? 'notice--ok' : 'notice--error'}` : 'visually-hidden'}
        role="status"
        data-testid="device-keys-result"
      >
        {result?.text}
      </p>
      {created && <NewKeyBox created={created} onDone={() => setCreated(undefined)} />}
      <section className="panel" aria-label={t.devices.tableCaption}>
        <div className="toolbar">
          <p className="total" aria-live="polite" data-testid="device-keys-total" data-count={keys.data?.deviceKeys.length}>
            {keys.data ? t.devices.total(formatInteger(keys.data.deviceKeys.length, locale)) : '\u00a0'}
          </p>
          <div className="field field--inline">
            <label htmlFor={filterId}>{t.devices.filterGate}</label>
            <select
              id={filterId}
              data-testid="device-keys-filter-gate"
              value={gateFilter ?? ''}
              disabled={!all.data}
              onChange={(e) => setGate(e.target.value)}
            >
              <option value="">{t.common.all}</option>
              {gateOptions.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
        </div>
        {keys.status === 'loading' && <Skeleton lines={6} height={22} />}
        {keys.status === 'error' && <ErrorState error={keys.error} onRetry={refetch} />}
        {keys.status === 'success' &&
          (keys.data.deviceKeys.length === 0 ? (
            <EmptyState title={gateFilter ? t.devices.emptyFiltered : t.devices.empty} testId="device-keys-empty">
              {!gateFilter && <p className="muted">{t.devices.emptyHint}</p>}
            </EmptyState>
          ) : (
            <DeviceKeyTable rows={keys.data.deviceKeys} compounds={compounds} highlight={created?.id} onRevoke={setPending} />
          ))}
      </section>
      <Panel title={t.devices.create.title}>
        <CreateDeviceKeyForm
          blocked={Boolean(created)}
          onCreated={(next) => {
            setCreated(next);
            setResult({ ok: true, text: t.devices.createdDone(next.name, next.place) });
            refetch();
          }}
        />
      </Panel>
      <ConfirmDialog
        message={pending ? t.devices.confirmRevoke(pending.name, pending.keyPrefix) : null}
        confirmLabel={t.devices.revoke}
        busy={busy}
        onConfirm={() => pending && void revoke(pending)}
        onCancel={() => setPending(null)}
      />
    </div>
  );
}
