'use client';

import type { ResidentRowFragment } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatDateTime } from '@/lib/format';

export type ResidentRow = ResidentRowFragment;

interface Props {
  rows: readonly ResidentRow[];
  compoundNames: ReadonlyMap<string, string>;
  /** Set for roles that may reveal: each row gets a "view" button. */
  onReveal?(row: ResidentRow): void;
  /** A row to mark (the one just registered). */
  highlightId?: string;
}

/** A masked value as the API sent it, in a fixed-width face so the asterisks line up and read clearly. */
export function Masked({ value, testId }: { value: string | null; testId?: string }) {
  const { t } = useI18n();
  if (value === null) {
    return (
      <span className="muted" data-testid={testId} data-empty="true">
        {t.common.none}
      </span>
    );
  }
  return (
    <span className="masked" data-testid={testId}>
      {value}
    </span>
  );
}

export function ResidentTable({ rows, compoundNames, onReveal, highlightId }: Props) {
  const { t, locale } = useI18n();
  const col = t.residents.column;
  return (
    <div className="table-wrap">
      <table className="data-table resident-table" data-testid="resident-table">
        <caption className="visually-hidden">{t.residents.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{col.compound}</th>
            <th scope="col">{col.building}</th>
            <th scope="col">{col.unit}</th>
            <th scope="col">{col.room}</th>
            <th scope="col">{col.name}</th>
            <th scope="col">{col.idNumber}</th>
            <th scope="col">{col.phone}</th>
            <th scope="col">{col.plate}</th>
            <th scope="col">{col.registeredAt}</th>
            {onReveal && <th scope="col">{col.actions}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.id}
              data-testid="resident-row"
              data-id={r.id}
              className={r.id === highlightId ? 'row--new' : undefined}
              aria-current={r.id === highlightId ? 'true' : undefined}
            >
              <td data-testid="resident-compound">{compoundNames.get(r.compoundId) ?? '…'}</td>
              <th scope="row" data-testid="resident-building">
                {r.building}
              </th>
              <td data-testid="resident-unit">{r.unit || <span className="muted">{t.common.none}</span>}</td>
              <td data-testid="resident-room">{r.room}</td>
              <td>
                <Masked value={r.name} testId="resident-name" />
              </td>
              <td>
                <Masked value={r.idNumber ?? null} testId="resident-id-number" />
              </td>
              <td>
                <Masked value={r.phone ?? null} testId="resident-phone" />
              </td>
              <td>
                <Masked value={r.plate ?? null} testId="resident-plate" />
              </td>
              <td>{formatDateTime(r.registeredAt, locale)}</td>
              {onReveal && (
                <td>
                  <button
                    type="button"
                    className="button button--small"
                    data-testid="resident-reveal"
                    aria-label={t.residents.revealLabel(t.residents.address(r.building, r.unit, r.room))}
                    onClick={() => onReveal(r)}
                  >
                    {t.residents.reveal}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
