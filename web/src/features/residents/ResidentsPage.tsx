'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useId, useState } from 'react';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import { Pagination } from '@/features/compounds/Pagination';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatInteger } from '@/lib/format';
import { type ApiError, reasonMessage } from '@/lib/graphql/errors';
import { useQuery } from '@/lib/graphql/use-query';
import { RESIDENT_ACTIONS } from '@/lib/session/access';
import { useSession } from '@/lib/session/SessionProvider';
import { useCompoundNames } from './compound-names';
import { LookupField } from './LookupField';
import { ResidentCommunityOptionsQuery, ResidentCompoundOptionsQuery, ResidentListQuery } from './queries';
import { ReasonDialog, type ReasonTarget } from './ReasonDialog';
import { RegisterResidentForm } from './RegisterResidentForm';
import { ResidentTable, Masked, type ResidentRow } from './ResidentTable';
import {
  parseResidentParams,
  residentFilter,
  residentVariables,
  residentsHref,
  type Lookup,
  type ResidentParams,
} from './residents-params';

const isCursorError = (error: ApiError) => error.field === 'after' || error.field === 'before';
const isLookupError = (error: ApiError) => error.code === 'BAD_USER_INPUT' && /^filter\.(idNumber|phone|plate)$/.test(error.field ?? '');

type Notice = { ok: boolean; text: string };

/**
 * `/residents`: residents of the caller's place, masked by the API. The residents' committee
 * registers them; street and district offices may reveal one or export, each time giving a
 * reason that the API writes to the audit log.
 */
export function ResidentsPage() {
  const { t, locale } = useI18n();
  const router = useRouter();
  const { me } = useSession();
  const actions = me ? RESIDENT_ACTIONS[me.role] : { register: false, reveal: false, export: false };
  const params = parseResidentParams(useSearchParams());
  const [lookup, setLookup] = useState<Lookup | null>(null);
  const [showForm, setShowForm] = useState(false);
  const [notice, setNotice] = useState<Notice>();
  const [registered, setRegistered] = useState<ResidentRow>();
  const [dialog, setDialog] = useState<ReasonTarget | null>(null);

  // The committee's own community is fixed; the offices above choose among the communities in their scope.
  const ownCommunity = me?.role === 'COMMUNITY_OPERATOR' ? (me.communityId ?? undefined) : undefined;
  const community = ownCommunity ?? params.community;
  const communities = useQuery(ResidentCommunityOptionsQuery, {}, { skip: !me || Boolean(ownCommunity) });
  const compounds = useQuery(ResidentCompoundOptionsQuery, { communityId: community ?? '' }, { skip: !community });
  const compoundOptions = compounds.data?.compounds.edges.map((e) => e.node);

  const result = useQuery(ResidentListQuery, residentVariables(params, lookup));
  const rows = result.data?.residents.edges.map((e) => e.node) ?? [];
  const names = useCompoundNames(
    rows.map((r) => r.compoundId),
    compoundOptions,
  );

  const go = (next: ResidentParams) => router.push(residentsHref(next), { scroll: false });
  const change = (changes: Partial<ResidentParams>) => go({ ...params, after: undefined, before: undefined, ...changes });
  const lookupError = result.error && isLookupError(result.error) ? reasonMessage(result.error.reason, t) : undefined;
  const filtered = Boolean(params.community || params.compound || lookup);

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{t.residents.title}</h1>
          <p className="muted">{t.residents.intro}</p>
        </div>
        <div className="page-actions">
          {actions.register && (
            <button
              type="button"
              className={showForm ? 'button' : 'button button--primary'}
              data-testid="register-open"
              aria-expanded={showForm}
              onClick={() => setShowForm((shown) => !shown)}
            >
              {showForm ? t.residents.register.close : t.residents.register.open}
            </button>
          )}
          {actions.export && (
            <button
              type="button"
              className="button"
              data-testid="export-open"
              disabled={result.status !== 'success' || result.data.residents.totalCount === 0}
              onClick={() =>
                result.data &&
                setDialog({ kind: 'export', filter: residentFilter(params, lookup), total: result.data.residents.totalCount })
              }
            >
              {t.residents.export}
            </button>
          )}
        </div>
      </div>

      <p
        className={notice ? (notice.ok ? 'notice notice--ok' : 'notice notice--error') : 'visually-hidden'}
        role="status"
        data-testid="residents-result"
      >
        {notice?.text}
        {notice && registered && (
          <span className="notice-detail" data-testid="registered-row">
            <Masked value={registered.name} /> <Masked value={registered.idNumber ?? null} /> <Masked value={registered.phone ?? null} />{' '}
            <Masked value={registered.plate ?? null} />
          </span>
        )}
      </p>

      {actions.register && showForm && (
        <Panel title={t.residents.register.title}>
          <RegisterResidentForm
            compounds={compoundOptions}
            onRegistered={(resident) => {
              setRegistered(resident);
              setNotice({
                ok: true,
                text: t.residents.register.done(t.residents.address(resident.building, resident.unit, resident.room)),
              });
              result.refetch();
            }}
          />
        </Panel>
      )}

      <section className="panel filters resident-filters" aria-label={t.residents.filters}>
        {!ownCommunity && (
          <OptionSelect
            label={t.residents.community}
            testId="filter-community"
            value={params.community}
            options={communities.data?.communities.edges.map((e) => e.node)}
            placeholder={t.common.all}
            onChange={(value) => change({ community: value, compound: undefined })}
          />
        )}
        <OptionSelect
          label={t.residents.compound}
          testId="filter-compound"
          value={params.compound}
          options={compoundOptions}
          placeholder={community ? t.common.all : t.residents.chooseCommunityFirst}
          onChange={(value) => change({ compound: value })}
        />
        <LookupField
          applied={lookup}
          serverError={lookupError}
          onLookup={(next) => {
            setLookup(next);
            change({});
          }}
        />
        <div className="filters-actions">
          <button
            type="button"
            className="button button--link"
            data-testid="residents-clear"
            disabled={!filtered}
            onClick={() => {
              setLookup(null);
              go({});
            }}
          >
            {t.residents.clearFilters}
          </button>
        </div>
      </section>

      <section className="panel" aria-label={t.residents.tableCaption}>
        <div className="toolbar">
          <p className="total" aria-live="polite" data-testid="resident-total" data-count={result.data?.residents.totalCount}>
            {result.data ? t.residents.total(formatInteger(result.data.residents.totalCount, locale)) : '\u00a0'}
          </p>
        </div>
        {result.status === 'loading' && <Skeleton lines={10} height={22} />}
        {result.status === 'error' && lookupError && <EmptyState title={t.errors.BAD_USER_INPUT} />}
        {result.status === 'error' && !lookupError && (
          <ErrorState
            error={result.error}
            onRetry={isCursorError(result.error) ? () => change({}) : result.refetch}
            retryLabel={isCursorError(result.error) ? t.errors.firstPage : undefined}
          />
        )}
        {result.status === 'success' &&
          (rows.length === 0 ? (
            <EmptyState title={filtered ? t.residents.empty : t.residents.emptyNone} testId="resident-empty">
              {filtered && <p>{t.residents.emptyHint}</p>}
            </EmptyState>
          ) : (
            <>
              <ResidentTable
                rows={rows}
                compoundNames={names}
                highlightId={registered?.id}
                onReveal={
                  actions.reveal
                    ? (resident) => setDialog({ kind: 'reveal', resident, compoundName: names.get(resident.compoundId) })
                    : undefined
                }
              />
              <Pagination
                pageInfo={result.data.residents.pageInfo}
                onPrevious={(before) => go({ ...params, after: undefined, before })}
                onNext={(after) => go({ ...params, before: undefined, after })}
              />
            </>
          ))}
      </section>

      {dialog && (
        <ReasonDialog
          target={dialog}
          onClose={() => setDialog(null)}
          onExported={(count, filename) => {
            setDialog(null);
            setRegistered(undefined);
            setNotice({ ok: true, text: t.residents.exportDone(formatInteger(count, locale), filename) });
          }}
        />
      )}
    </div>
  );
}

interface OptionSelectProps {
  label: string;
  testId: string;
  value: string | undefined;
  /** Undefined while loading or while the level above is unset: the select is then disabled. */
  options: readonly { id: string; name: string }[] | undefined;
  placeholder: string;
  onChange(value: string | undefined): void;
}

function OptionSelect({ label, testId, value, options, placeholder, onChange }: OptionSelectProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        data-testid={testId}
        value={options ? (value ?? '') : ''}
        disabled={!options}
        onChange={(e) => onChange(e.target.value || undefined)}
      >
        <option value="">{placeholder}</option>
        {options?.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}
