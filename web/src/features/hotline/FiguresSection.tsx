'use client';

import { useState } from 'react';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { FormField } from '@/components/ui/FormField';
import { Panel } from '@/components/ui/Panel';
import { ReasonDialog } from '@/components/ui/ReasonDialog';
import { Skeleton } from '@/components/ui/Skeleton';
import type { HotlineAreaInput, HotlineWeekFieldsFragment } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { downloadBase64 } from '@/lib/download';
import { formatInteger, formatPercent } from '@/lib/format';
import type { ApiError } from '@/lib/graphql/errors';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { useQuery } from '@/lib/graphql/use-query';
import { CallsByCategoryChart, RatesChart } from './FiguresCharts';
import { ExportHotlineFiguresMutation, HotlineFiguresQuery } from './queries';

const DAY_MS = 86_400_000;

/** A day as YYYY-MM-DD in Beijing, whatever the browser's zone. */
export function beijingDate(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** The last `weeks` weeks up to today (the API counts each date's Monday-to-Sunday week). */
export function recentWeeks(weeks: number): { fromWeek: string; toWeek: string } {
  const now = new Date();
  return { fromWeek: beijingDate(new Date(now.getTime() - (weeks - 1) * 7 * DAY_MS)), toWeek: beijingDate(now) };
}

interface Props {
  /** The district (district office) or the street (street office) the figures are about; undefined while loading. */
  area: HotlineAreaInput | undefined;
  /** Why the area is not known, and how to try again (the district list failed to load). */
  areaLoad: { error: ApiError | undefined; retry(): void };
  canExport: boolean;
}

/** The hotline figures of one area per week: charts, hot compounds, a row per street and week, the audited export. */
export function FiguresSection({ area, areaLoad, canExport }: Props) {
  const { t, locale } = useI18n();
  const f = t.hotline.figures;
  const [range, setRange] = useState(() => recentWeeks(8));
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState<string>();
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(range.fromWeek) && /^\d{4}-\d{2}-\d{2}$/.test(range.toWeek) && range.fromWeek <= range.toWeek;
  const figures = useQuery(HotlineFiguresQuery, { area: area ?? { level: 'DISTRICT', id: '' }, ...range }, { skip: !area || !valid });
  const rate = (share: number | null | undefined) => (share === null || share === undefined ? f.noData : formatPercent(share, locale));
  const data = figures.data?.hotlineFigures;
  const hasCalls = Boolean(data?.weeks.some((w) => w.calls > 0 || w.tickets > 0));

  const row = (w: HotlineWeekFieldsFragment, key: string) => (
    <tr key={key} data-testid="hotline-figures-row">
      <td>{w.week}</td>
      <td>{w.streetName}</td>
      <td className="count-cell">{formatInteger(w.calls, locale)}</td>
      <td className="count-cell">{rate(w.firstCallShare)}</td>
      <td className="count-cell">{formatInteger(w.tickets, locale)}</td>
      <td className="count-cell">{rate(w.onTimeShare)}</td>
      <td className="count-cell">{rate(w.responseRate)}</td>
      <td className="count-cell">{rate(w.resolutionRate)}</td>
      <td className="count-cell">{rate(w.satisfactionRate)}</td>
    </tr>
  );

  return (
    <section className="hotline-figures" data-testid="hotline-figures" aria-label={f.title}>
      <div className="section-head">
        <h2 className="section-title">{f.title}</h2>
        {canExport && (
          <button
            type="button"
            className="button"
            data-testid="hotline-export-open"
            disabled={!hasCalls}
            onClick={() => {
              setNotice(undefined);
              setExporting(true);
            }}
          >
            {f.export}
          </button>
        )}
      </div>
      <p className={notice ? 'notice notice--ok page-notice' : 'visually-hidden'} role="status" data-testid="hotline-export-result">
        {notice}
      </p>
      <div className="filters filters--inline">
        <FormField label={f.from} name="fromWeek" testIdPrefix="hotline-figures">
          {(props) => (
            <input {...props} type="date" value={range.fromWeek} onChange={(e) => setRange({ ...range, fromWeek: e.target.value })} />
          )}
        </FormField>
        <FormField label={f.to} name="toWeek" testIdPrefix="hotline-figures">
          {(props) => (
            <input {...props} type="date" value={range.toWeek} onChange={(e) => setRange({ ...range, toWeek: e.target.value })} />
          )}
        </FormField>
      </div>

      {!area ? (
        <div className="panel">
          {areaLoad.error ? <ErrorState error={areaLoad.error} onRetry={areaLoad.retry} /> : <Skeleton lines={6} height={24} />}
        </div>
      ) : !valid ? null : figures.status === 'loading' ? (
        <div className="panel">
          <Skeleton lines={8} height={24} />
        </div>
      ) : figures.status === 'error' ? (
        <div className="panel">
          <ErrorState error={figures.error} onRetry={figures.refetch} />
        </div>
      ) : !data || !hasCalls ? (
        <div className="panel">
          <EmptyState title={f.empty} testId="hotline-figures-empty">
            <p>{f.emptyHint}</p>
          </EmptyState>
        </div>
      ) : (
        <>
          <div className="panel-grid panel-grid--even">
            <Panel title={f.callsByCategory}>
              <CallsByCategoryChart weeks={data.weeks} />
            </Panel>
            <Panel title={f.rates}>
              <RatesChart weeks={data.weeks} />
            </Panel>
          </div>
          <div className="panel-grid">
            <Panel title={f.byStreet}>
              <div className="table-wrap">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{f.week}</th>
                      <th scope="col">{f.street}</th>
                      <th scope="col" className="count-cell">
                        {f.calls}
                      </th>
                      <th scope="col" className="count-cell">
                        {f.firstCall}
                      </th>
                      <th scope="col" className="count-cell">
                        {f.tickets}
                      </th>
                      <th scope="col" className="count-cell">
                        {f.onTime}
                      </th>
                      <th scope="col" className="count-cell">
                        {f.response}
                      </th>
                      <th scope="col" className="count-cell">
                        {f.resolution}
                      </th>
                      <th scope="col" className="count-cell">
                        {f.satisfaction}
                      </th>
                    </tr>
                  </thead>
                  <tbody>{data.rows.map((w) => row(w, `${w.week}:${w.streetId}`))}</tbody>
                </table>
              </div>
            </Panel>
            <Panel title={f.hotCompounds}>
              <table className="data-table" data-testid="hotline-hot-compounds">
                <thead>
                  <tr>
                    <th scope="col">{t.hotline.tickets.compound}</th>
                    <th scope="col">{f.street}</th>
                    <th scope="col" className="count-cell">
                      {f.calls}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.hotCompounds.map((c) => (
                    <tr key={c.compoundId}>
                      <td>{c.name}</td>
                      <td>{c.streetName}</td>
                      <td className="count-cell">{formatInteger(c.calls, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Panel>
          </div>
        </>
      )}

      {exporting && area && data && (
        <ReasonDialog
          kind="export"
          title={f.exportTitle}
          subject={f.exportScope(range.fromWeek, range.toWeek)}
          notice={f.exportNotice}
          placeholder={f.exportPlaceholder}
          submitLabel={f.exportSubmit}
          onClose={() => setExporting(false)}
          onSubmit={async (reason) => {
            const { exportHotlineFigures: file } = await fetchGraphQL(ExportHotlineFiguresMutation, { area, ...range, reason });
            downloadBase64(file.base64, file.filename, file.mimeType);
            setExporting(false);
            setNotice(f.exportDone(file.filename));
            return null;
          }}
        />
      )}
    </section>
  );
}
