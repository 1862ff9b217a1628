'use client';

import { useI18n } from '@/i18n/LocaleProvider';
import { errorMessage, type ApiError } from '@/lib/graphql/errors';
import { ForbiddenState } from './ForbiddenState';

interface Props {
  error: ApiError;
  onRetry(): void;
  /** Defaults to "retry"; a stale page cursor, say, needs "first page" instead. */
  retryLabel?: string;
}

/** A failed load: what went wrong, the request id for support when there is one, and a way out. */
export function ErrorState({ error, onRetry, retryLabel }: Props) {
  const { t } = useI18n();
  // Retrying cannot help: the role may not do this.
  if (error.code === 'FORBIDDEN') return <ForbiddenState />;
  return (
    <div className="state state--error" role="alert" data-testid="error-state" data-code={error.code}>
      <p className="state-title">{t.errors.title}</p>
      <p>{errorMessage(error, t)}</p>
      {error.requestId && <p className="state-detail">{t.errors.requestId(error.requestId)}</p>}
      <button type="button" className="button" onClick={onRetry}>
        {retryLabel ?? t.common.retry}
      </button>
    </div>
  );
}
