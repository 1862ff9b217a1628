'use client';

import type { PageInfo } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';

type Cursors = Pick<PageInfo, 'hasNextPage' | 'hasPreviousPage' | 'startCursor' | 'endCursor'>;

interface Props {
  pageInfo: Cursors;
  onPrevious(before: string): void;
  onNext(after: string): void;
}

/** Relay cursor paging: previous reads `last` rows before the first one shown, next `first` after the last. */
export function Pagination({ pageInfo, onPrevious, onNext }: Props) {
  const { t } = useI18n();
  const { hasPreviousPage, hasNextPage, startCursor, endCursor } = pageInfo;
  return (
    <nav className="pagination" aria-label={t.compounds.pagination}>
      <button
        type="button"
        className="button"
        data-testid="page-previous"
        disabled={!hasPreviousPage || !startCursor}
        onClick={() => startCursor && onPrevious(startCursor)}
      >
        <span aria-hidden="true">‹</span> {t.compounds.previous}
      </button>
      <button
        type="button"
        className="button"
        data-testid="page-next"
        disabled={!hasNextPage || !endCursor}
        onClick={() => endCursor && onNext(endCursor)}
      >
        {t.compounds.next} <span aria-hidden="true">›</span>
      </button>
    </nav>
  );
}
