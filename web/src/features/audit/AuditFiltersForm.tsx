'use client';

import { useId, useState, type FormEvent } from 'react';
import type { AuditOutcome } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { AUDIT_OUTCOMES, type AuditFilters } from './audit-params';

interface Props {
  initial: AuditFilters;
  onApply(filters: AuditFilters): void;
  onClear(): void;
}

type TextKey = 'actor' | 'action' | 'targetType' | 'targetId';

/** Applied on submit; the parent remounts it when the URL's filters change, so it shows what is applied. */
export function AuditFiltersForm({ initial, onApply, onClear }: Props) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<AuditFilters>(initial);
  const ids = { outcome: useId(), since: useId(), until: useId() };
  const textIds = { actor: useId(), action: useId(), targetType: useId(), targetId: useId() };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = Object.fromEntries(
      Object.entries(draft).map(([key, value]) => [key, typeof value === 'string' && value.trim() ? value.trim() : undefined]),
    ) as AuditFilters;
    onApply(trimmed);
  };

  const text = (key: TextKey, label: string, placeholder?: string) => (
    <div className="field">
      <label htmlFor={textIds[key]}>{label}</label>
      <input
        id={textIds[key]}
        type="search"
        data-testid={`audit-filter-${key}`}
        value={draft[key] ?? ''}
        placeholder={placeholder}
        onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))}
      />
    </div>
  );

  return (
    <form className="panel filters audit-filters" aria-label={t.audit.filters} onSubmit={submit} data-testid="audit-filters">
      {text('actor', t.audit.actor)}
      {text('action', t.audit.action, t.audit.actionPlaceholder)}
      <div className="field">
        <label htmlFor={ids.outcome}>{t.audit.outcome}</label>
        <select
          id={ids.outcome}
          data-testid="audit-filter-outcome"
          value={draft.outcome ?? ''}
          onChange={(e) => setDraft((d) => ({ ...d, outcome: (e.target.value || undefined) as AuditOutcome | undefined }))}
        >
          <option value="">{t.common.all}</option>
          {AUDIT_OUTCOMES.map((outcome) => (
            <option key={outcome} value={outcome}>
              {t.enums.auditOutcome[outcome]}
            </option>
          ))}
        </select>
      </div>
      {text('targetType', t.audit.targetType)}
      {text('targetId', t.audit.targetId)}
      <div className="field">
        <label htmlFor={ids.since}>{t.audit.since}</label>
        <input
          id={ids.since}
          type="datetime-local"
          data-testid="audit-filter-since"
          value={draft.since ?? ''}
          onChange={(e) => setDraft((d) => ({ ...d, since: e.target.value || undefined }))}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.until}>{t.audit.until}</label>
        <input
          id={ids.until}
          type="datetime-local"
          data-testid="audit-filter-until"
          value={draft.until ?? ''}
          onChange={(e) => setDraft((d) => ({ ...d, until: e.target.value || undefined }))}
        />
      </div>
      <div className="filters-actions audit-filters-actions">
        <button type="button" className="button button--link" onClick={onClear}>
          {t.audit.clear}
        </button>
        <button type="submit" className="button button--primary" data-testid="audit-filter-apply">
          {t.audit.apply}
        </button>
      </div>
    </form>
  );
}
