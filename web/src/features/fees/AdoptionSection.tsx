'use client';

import { Fragment } from 'react';
import { ErrorState } from '@/components/ui/ErrorState';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import type { FeeAdoptionQuery, FeeAreaInput, FeeAreaLevel, FeeFiguresFragment } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatInteger, formatPercent, formatYuan } from '@/lib/format';
import { useQuery } from '@/lib/graphql/use-query';
import { AdoptionChart } from './AdoptionChart';
import { FeeBreakdownQuery } from './queries';

type Adoption = FeeAdoptionQuery['feeAdoption'];

/**
 * One area's adoption: the latest month's figures, the trend from the first billed month, and
 * every month in a table whose rows open the next level down (district → streets → compounds).
 */
export function AdoptionSection({
  adoption,
  month,
  onMonth,
  onDrill,
}: {
  adoption: Adoption;
  /** The month whose next level is open. */
  month: string | undefined;
  onMonth(month: string | undefined): void;
  onDrill(level: FeeAreaLevel, id: string): void;
}) {
  const { t, locale } = useI18n();
  const f = t.fees;
  const months = adoption.months;
  const latest = months.at(-1);
  if (!latest) return null;
  const n = (value: number) => formatInteger(value, locale);
  const first = months[0]!;

  return (
    <section aria-label={f.heading(adoption.name)} data-testid="fee-adoption" data-level={adoption.level} data-area={adoption.areaId}>
      <div className="section-head">
        <h2 className="section-title" data-testid="fee-title">
          {f.heading(adoption.name)}
        </h2>
        <p className="muted" data-testid="fee-latest-month" data-month={latest.month}>
          {f.latest(latest.month)}
        </p>
      </div>
      <dl className="stat-grid">
        <Stat testId="fee-stat-billed" label={f.stats.billed} value={n(latest.householdsBilled)} raw={latest.householdsBilled} />
        <Stat
          testId="fee-stat-paying"
          label={f.stats.paying}
          value={n(latest.householdsPaying)}
          raw={latest.householdsPaying}
          hint={f.stats.payingHint(formatPercent(latest.payingShare, locale))}
        />
        <Stat
          testId="fee-stat-rate"
          label={f.stats.rate}
          value={formatPercent(latest.collectionRate, locale)}
          raw={latest.collectionRate}
          hint={f.stats.rateHint}
        />
        <Stat
          testId="fee-stat-amounts"
          label={f.stats.amounts}
          value={f.stats.amountsValue(formatYuan(latest.amountCollected, locale), formatYuan(latest.amountBilled, locale))}
          raw={latest.amountCollected}
          small
        />
      </dl>

      <Panel title={f.trend}>
        <p className="muted panel-subtitle">{f.trendCaption(first.month, latest.month)}</p>
        <AdoptionChart months={months} />
      </Panel>

      <Panel title={f.months}>
        <div className="table-wrap">
          <table className="data-table" data-testid="fee-months">
            <caption className="visually-hidden">{f.monthsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{f.column.month}</th>
                <FigureHeaders />
                {adoption.level !== 'COMPOUND' && <th scope="col">{f.column.actions}</th>}
              </tr>
            </thead>
            <tbody>
              {[...months].reverse().map((m) => {
                const open = month === m.month;
                return (
                  <Fragment key={m.month}>
                    <tr data-testid="fee-month-row" data-month={m.month} className={open ? 'row--current' : undefined}>
                      <th scope="row">{m.month}</th>
                      <FigureCells figures={m} />
                      {adoption.level !== 'COMPOUND' && (
                        <td>
                          <button
                            type="button"
                            className="button button--small"
                            data-testid="fee-breakdown-toggle"
                            aria-expanded={open}
                            onClick={() => onMonth(open ? undefined : m.month)}
                          >
                            {open ? f.breakdownClose : f.breakdownOpen}
                          </button>
                        </td>
                      )}
                    </tr>
                    {open && (
                      <tr className="fee-breakdown-row">
                        <td colSpan={8}>
                          <Breakdown area={{ level: adoption.level, id: adoption.areaId }} month={m.month} onDrill={onDrill} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      </Panel>
    </section>
  );
}

function FigureHeaders() {
  const { t } = useI18n();
  const col = t.fees.column;
  return (
    <>
      {[col.billed, col.paying, col.payingShare, col.amountBilled, col.amountCollected, col.rate].map((label) => (
        <th key={label} scope="col" className="num">
          {label}
        </th>
      ))}
    </>
  );
}

function FigureCells({ figures }: { figures: FeeFiguresFragment }) {
  const { locale } = useI18n();
  return (
    <>
      <td className="num">{formatInteger(figures.householdsBilled, locale)}</td>
      <td className="num" data-testid="fee-paying" data-value={figures.householdsPaying}>
        {formatInteger(figures.householdsPaying, locale)}
      </td>
      <td className="num">{formatPercent(figures.payingShare, locale)}</td>
      <td className="num">{formatYuan(figures.amountBilled, locale)}</td>
      <td className="num">{formatYuan(figures.amountCollected, locale)}</td>
      <td className="num" data-testid="fee-rate" data-value={figures.collectionRate}>
        {formatPercent(figures.collectionRate, locale)}
      </td>
    </>
  );
}

/** The next level down for one month; a name opens that area. */
function Breakdown({ area, month, onDrill }: { area: FeeAreaInput; month: string; onDrill(level: FeeAreaLevel, id: string): void }) {
  const { t } = useI18n();
  const f = t.fees;
  const result = useQuery(FeeBreakdownQuery, { area, month });
  if (result.status === 'loading') return <Skeleton lines={3} height={20} />;
  if (result.status === 'error') return <ErrorState error={result.error} onRetry={result.refetch} />;
  const rows = result.data.feeAdoption.breakdown;
  if (rows.length === 0) return <p className="chart-empty">{f.breakdownEmpty}</p>;
  const level = rows[0]!.level;
  return (
    <table className="data-table data-table--nested" data-testid="fee-breakdown" data-month={month} data-level={level}>
      <caption className="fee-breakdown-caption">{f.breakdownCaption(month, f.levelName[level])}</caption>
      <thead>
        <tr>
          <th scope="col">{f.column.name}</th>
          <FigureHeaders />
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.areaId} data-testid="fee-breakdown-row" data-name={r.name}>
            <th scope="row">
              <button
                type="button"
                className="button button--link button--inline"
                data-testid="fee-breakdown-link"
                onClick={() => onDrill(r.level, r.areaId)}
              >
                {r.name}
              </button>
            </th>
            <FigureCells figures={r.figures} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Stat({
  label,
  value,
  hint,
  testId,
  raw,
  small = false,
}: {
  label: string;
  value: string;
  hint?: string;
  testId: string;
  raw: number;
  small?: boolean;
}) {
  return (
    <div className="stat-card">
      <dt>{label}</dt>
      <dd className={small ? 'stat-value stat-value--small' : 'stat-value'} data-testid={testId} data-value={raw}>
        {value}
      </dd>
      {hint && <dd className="stat-hint">{hint}</dd>}
    </div>
  );
}
