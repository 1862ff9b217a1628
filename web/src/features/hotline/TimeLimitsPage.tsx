'use client';

import { useState, type FormEvent } from 'react';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { FormField } from '@/components/ui/FormField';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import type { HotlineTimeLimitsQuery as TimeLimitsResult } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatDateTime } from '@/lib/format';
import { asApiError, errorMessage, reasonMessage } from '@/lib/graphql/errors';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { useQuery } from '@/lib/graphql/use-query';
import { HotlineTimeLimitsQuery, SetHotlineTimeLimitMutation } from './settings-queries';

type TimeLimit = TimeLimitsResult['hotlineTimeLimits'][number];

/** The server's bounds (setTimeLimit in api/src/hotline/hotline.service.ts). */
const RESPOND_MAX = 720;
const RESOLVE_MAX = 2160;

/** A whole number of hours as typed, or NaN for anything else ("1.5", "", "12h"). */
const wholeHours = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN);

function TimeLimitForm({ limit, onSaved }: { limit: TimeLimit; onSaved(): void }) {
  const { t, locale } = useI18n();
  const m = t.hotline.timeLimits;
  const [respond, setRespond] = useState(String(limit.respondWithinHours));
  const [resolve, setResolve] = useState(String(limit.resolveWithinHours));
  const [errors, setErrors] = useState<{ respond?: string; resolve?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const prefix = `limit-${limit.category}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const respondHours = wholeHours(respond);
    const resolveHours = wholeHours(resolve);
    const respondOk = respondHours >= 1 && respondHours <= RESPOND_MAX;
    const found = {
      respond: respondOk ? undefined : m.respondRange,
      resolve:
        resolveHours >= (respondOk ? respondHours : 1) && resolveHours <= RESOLVE_MAX
          ? undefined
          : m.resolveRange(respondOk ? respondHours : 1),
    };
    setErrors(found);
    if (found.respond || found.resolve) return;
    setBusy(true);
    try {
      await fetchGraphQL(SetHotlineTimeLimitMutation, {
        input: { category: limit.category, respondWithinHours: respondHours, resolveWithinHours: resolveHours },
      });
      setBusy(false);
      onSaved();
    } catch (caught) {
      setBusy(false);
      const refused = asApiError(caught);
      const reason = reasonMessage(refused.reason, t);
      if (refused.code === 'BAD_USER_INPUT' && refused.field === 'input.respondWithinHours') setErrors({ respond: reason });
      else if (refused.code === 'BAD_USER_INPUT' && refused.field === 'input.resolveWithinHours') setErrors({ resolve: reason });
      else setErrors({ form: errorMessage(refused, t) });
    }
  };

  return (
    <Panel title={t.hotline.category[limit.category]}>
      <form onSubmit={submit} noValidate data-testid="limit-form" data-category={limit.category}>
        <div className="form-grid">
          <FormField label={m.respond} name="respond" testIdPrefix={prefix} hint={m.respondHint} error={errors.respond}>
            {(props) => <input {...props} type="text" inputMode="numeric" value={respond} onChange={(e) => setRespond(e.target.value)} />}
          </FormField>
          <FormField label={m.resolve} name="resolve" testIdPrefix={prefix} hint={m.resolveHint} error={errors.resolve}>
            {(props) => <input {...props} type="text" inputMode="numeric" value={resolve} onChange={(e) => setResolve(e.target.value)} />}
          </FormField>
          <div className="form-grid-actions">
            <span className="muted">{m.updated(formatDateTime(limit.updatedAt, locale))}</span>
            <button type="submit" className="button button--primary" data-testid={`${prefix}-save`} disabled={busy}>
              {busy ? m.saving : m.save}
            </button>
          </div>
        </div>
        {errors.form && (
          <p className="form-error" role="alert" data-testid={`${prefix}-error`}>
            {errors.form}
          </p>
        )}
      </form>
    </Panel>
  );
}

/**
 * `/hotline/time-limits` (ADMIN): hours to respond to and to resolve a ticket, per category. A
 * change applies to tickets created afterwards; the API audits it.
 */
export function TimeLimitsPage() {
  const { t } = useI18n();
  const m = t.hotline.timeLimits;
  const limits = useQuery(HotlineTimeLimitsQuery, {});
  const [saved, setSaved] = useState(false);

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{m.title}</h1>
          <p className="muted">{m.intro}</p>
        </div>
      </div>
      {saved && (
        <p className="notice notice--ok page-notice" role="status" data-testid="limit-saved">
          {m.saved}
        </p>
      )}
      {limits.status === 'loading' ? (
        <div className="panel">
          <Skeleton lines={8} height={24} />
        </div>
      ) : limits.status === 'error' ? (
        <div className="panel">
          <ErrorState error={limits.error} onRetry={limits.refetch} />
        </div>
      ) : limits.data.hotlineTimeLimits.length === 0 ? (
        <div className="panel">
          <EmptyState title={m.empty} />
        </div>
      ) : (
        limits.data.hotlineTimeLimits.map((limit) => (
          <TimeLimitForm
            key={`${limit.category}:${limit.updatedAt}`}
            limit={limit}
            onSaved={() => {
              setSaved(true);
              limits.refetch();
            }}
          />
        ))
      )}
    </div>
  );
}
