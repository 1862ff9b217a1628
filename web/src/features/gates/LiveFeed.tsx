'use client';

import { useI18n } from '@/i18n/LocaleProvider';
import { formatDateTime, formatInteger } from '@/lib/format';
import type { LiveState } from './use-gate-live';

export interface FeedItem {
  key: string;
  at: string;
  tone: 'normal' | 'ok' | 'alert';
  text: string;
  detail: string;
}

const STATE_BADGE = {
  connecting: 'badge',
  live: 'badge badge--ok',
  reconnecting: 'badge badge--warn',
  failed: 'badge badge--error',
} as const;

/** The newest live events first, with the connection's state. */
export function LiveFeed({ state, items, sincePasses }: { state: LiveState; items: readonly FeedItem[]; sincePasses: number }) {
  const { t, locale } = useI18n();
  const l = t.gateOps.live;
  return (
    <section className="panel gate-live" aria-labelledby="gate-live-title" data-testid="gate-live" data-state={state.status}>
      <div className="gate-live-head">
        <h2 id="gate-live-title" className="panel-title">
          {l.title}
        </h2>
        <span className={STATE_BADGE[state.status]} role="status" data-testid="gate-live-state">
          {state.status === 'failed' ? `${l.failed} (${state.code})` : l[state.status]}
        </span>
        <span className="muted" data-testid="gate-live-since" data-value={sincePasses}>
          {l.since(formatInteger(sincePasses, locale))}
        </span>
      </div>
      {items.length === 0 ? (
        <p className="muted" data-testid="gate-live-empty">
          {l.empty}
        </p>
      ) : (
        <ol className="gate-live-list" aria-live="polite" data-testid="gate-live-list">
          {items.map((item) => (
            <li key={item.key} className={`gate-live-item gate-live-item--${item.tone}`} data-testid="gate-live-item">
              <time dateTime={item.at}>{formatDateTime(item.at, locale)}</time> <span>{item.text}</span>
              {item.detail && <span className="muted"> · {item.detail}</span>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
