'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import type { GateOperationsQuery, GatePlaceInput } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatDateTime, formatInteger, formatPercent } from '@/lib/format';
import { useQuery } from '@/lib/graphql/use-query';
import { DeviceTable, type DeviceOverlay } from './DeviceTable';
import { EntriesChart, FaceShareChart, HealthChart } from './GateCharts';
import { RANGES, gatesHref, rangeVariables, type GateRange } from './gates-params';
import { LiveFeed, type FeedItem } from './LiveFeed';
import { GateOperationsQuery as Query } from './queries';
import { useGateLive, type GateLiveEvent } from './use-gate-live';

type Operations = GateOperationsQuery['gateOperations'];

/** Activity comes in batches; the charts read hourly rollups a few seconds behind, so refetch at most this often. */
const REFETCH_AFTER_ACTIVITY_MS = 10_000;
const FEED_LENGTH = 30;

/**
 * Gate operations of one place (district, street, compound or gate): totals, the three charts,
 * the next level down, the device table, and the live feed that updates the devices as they go
 * online or offline and refreshes the figures after new activity.
 */
export function GateOperationsView({ place, range }: { place: GatePlaceInput; range: GateRange }) {
  const { t, locale } = useI18n();
  const g = t.gateOps;
  const router = useRouter();
  const [anchor, setAnchor] = useState(() => Date.now());
  const result = useQuery(Query, { place, ...rangeVariables(range, anchor) });

  // A refetch keeps showing the figures it replaces, so live updates never flash a skeleton.
  const viewKey = `${place.level}:${place.id}:${range}`;
  const [shown, setShown] = useState<{ key: string; data: Operations } | null>(null);
  const [overlay, setOverlay] = useState<Map<string, DeviceOverlay>>(() => new Map());
  const fresh = result.status === 'success' ? result.data.gateOperations : undefined;
  useEffect(() => {
    if (!fresh) return;
    setShown({ key: viewKey, data: fresh });
    setOverlay(new Map());
  }, [fresh, viewKey]);
  const data = fresh ?? (shown?.key === viewKey ? shown.data : undefined);

  const [feed, setFeed] = useState<FeedItem[]>([]);
  const feedSeq = useRef(0);
  const [sincePasses, setSincePasses] = useState(0);
  useEffect(() => {
    setFeed([]);
    setSincePasses(0);
  }, [viewKey]);

  const refetchTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const refetchSoon = useCallback(() => {
    refetchTimer.current ??= setTimeout(() => {
      refetchTimer.current = null;
      setAnchor(Date.now());
    }, REFETCH_AFTER_ACTIVITY_MS);
  }, []);
  useEffect(
    () => () => {
      if (refetchTimer.current) clearTimeout(refetchTimer.current);
    },
    [],
  );

  const gateNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const d of data?.devices ?? []) {
      names.set(d.gateId, place.level === 'COMPOUND' || place.level === 'GATE' ? d.gateName : `${d.compoundName} ${d.gateName}`);
    }
    for (const c of data?.children ?? []) if (c.level === 'GATE') names.set(c.id, c.name);
    if (data?.level === 'GATE') names.set(data.placeId, data.name);
    return names;
  }, [data, place.level]);
  const devicesById = useMemo(() => new Map((data?.devices ?? []).map((d) => [d.id, d])), [data]);

  /** Newest first, numbered so React keys stay unique. */
  const addToFeed = (item: Omit<FeedItem, 'key'>) => {
    feedSeq.current += 1;
    const key = String(feedSeq.current);
    setFeed((items) => [{ ...item, key }, ...items].slice(0, FEED_LENGTH));
  };

  const onEvent = (event: GateLiveEvent) => {
    const gate = (event.gateId && gateNames.get(event.gateId)) ?? g.level.GATE;
    if (event.activity) {
      const a = event.activity;
      const extras = [
        a.denials > 0 ? g.live.extra.denials(formatInteger(a.denials, locale)) : null,
        a.fever > 0 ? g.live.extra.fever(formatInteger(a.fever, locale)) : null,
      ]
        .filter(Boolean)
        .join(' · ');
      setSincePasses((n) => n + a.passes);
      addToFeed({
        at: event.at,
        tone: a.fever > 0 ? 'alert' : 'normal',
        text: g.live.activity(gate, formatInteger(a.passes, locale)),
        detail: extras,
      });
      refetchSoon();
    }
    if (event.device) {
      const d = event.device;
      const known = devicesById.get(d.deviceId);
      if (!known) {
        refetchSoon();
        return;
      }
      setOverlay((current) => new Map(current).set(d.deviceId, { online: d.online, status: d.status, lastSeenAt: d.lastSeenAt ?? null }));
      const kind = g.deviceKind[known.kind];
      addToFeed({
        at: event.at,
        tone: d.online ? 'ok' : 'alert',
        text: d.online ? g.live.deviceOnline(gate, kind) : g.live.deviceOffline(gate, kind),
        detail: '',
      });
    }
  };
  const live = useGateLive(place, {
    onEvent,
    onResync: () => {
      addToFeed({ at: new Date().toISOString(), tone: 'normal', text: g.live.resync, detail: '' });
      setAnchor(Date.now());
    },
  });

  const n = (value: number) => formatInteger(value, locale);
  const empty = !data || (data.totals.passes === 0 && data.totals.temperatureReadings === 0 && data.devices.length === 0);

  return (
    <div className="page" data-testid="gate-operations" data-level={place.level} data-place={place.id}>
      <div className="page-head">
        <div>
          {data && <Breadcrumb path={data.path} range={range} />}
          <h1 data-testid="gate-title">{data ? g.heading(data.name) : g.title}</h1>
          <p className="muted">{g.intro}</p>
        </div>
        <div className="page-actions">
          <div className="gate-ranges" role="group" aria-label={g.range}>
            {RANGES.map((r) => (
              <button
                key={r}
                type="button"
                className={r === range ? 'button button--small button--primary' : 'button button--small'}
                aria-pressed={r === range}
                data-testid={`gate-range-${r}`}
                onClick={() => router.push(gatesHref(place, r), { scroll: false })}
              >
                {g.ranges[r]}
              </button>
            ))}
          </div>
          <button type="button" className="button button--small" data-testid="gate-refresh" onClick={() => setAnchor(Date.now())}>
            {g.refresh}
          </button>
        </div>
      </div>

      {!data ? (
        result.status === 'error' ? (
          <div className="panel">
            <ErrorState error={result.error} onRetry={result.refetch} />
          </div>
        ) : (
          <div className="panel">
            <Skeleton lines={8} height={24} />
          </div>
        )
      ) : (
        <section aria-label={g.heading(data.name)} data-testid="gate-data" data-loaded-at={anchor}>
          <p className="muted" data-testid="gate-range-caption">
            {g.rangeCaption(formatDateTime(data.from, locale), formatDateTime(data.to, locale))}
          </p>
          {!empty && (
            <dl className="stat-grid stat-grid--five">
              <Stat testId="gate-stat-passes" label={g.stats.passes} value={n(data.totals.passes)} raw={data.totals.passes} />
              <Stat
                testId="gate-stat-face-share"
                label={g.stats.faceShare}
                value={
                  data.totals.faceShare === null || data.totals.faceShare === undefined ? '—' : formatPercent(data.totals.faceShare, locale)
                }
                raw={data.totals.faceShare ?? 0}
              />
              <Stat
                testId="gate-stat-fever"
                label={g.stats.fever}
                value={n(data.totals.fever)}
                raw={data.totals.fever}
                hint={g.stats.feverHint(n(data.totals.temperatureReadings))}
                alert={data.totals.fever > 0}
              />
              <Stat testId="gate-stat-denials" label={g.stats.denials} value={n(data.totals.denials)} raw={data.totals.denials} />
              <Stat
                testId="gate-stat-devices"
                label={g.stats.devices}
                value={g.stats.devicesValue(n(data.deviceSummary.online), n(data.deviceSummary.total))}
                raw={data.deviceSummary.online}
                alert={data.deviceSummary.offline > 0}
              />
            </dl>
          )}

          <LiveFeed state={live} items={feed} sincePasses={sincePasses} />

          {empty ? (
            <div className="panel">
              <EmptyState title={g.empty} testId="gate-empty">
                <p>{g.emptyHint}</p>
              </EmptyState>
            </div>
          ) : (
            <>
              <Panel title={g.entries}>
                <p className="muted panel-subtitle">{g.entriesCaption}</p>
                {data.totals.passes === 0 ? (
                  <p className="chart-empty" data-testid="gate-no-traffic">
                    {g.noTraffic}
                  </p>
                ) : (
                  <EntriesChart series={data.series} bucket={data.bucket} />
                )}
              </Panel>
              {data.totals.passes > 0 && (
                <div className="gate-chart-pair">
                  <Panel title={g.faceShare}>
                    <p className="muted panel-subtitle">{g.faceShareCaption}</p>
                    <FaceShareChart series={data.series} bucket={data.bucket} />
                  </Panel>
                  <Panel title={g.health}>
                    <p className="muted panel-subtitle">{g.healthCaption}</p>
                    <HealthChart series={data.series} bucket={data.bucket} />
                  </Panel>
                </div>
              )}
              {data.level !== 'GATE' && <ChildrenTable operations={data} range={range} />}
              <Panel title={g.devices}>
                <p className="muted panel-subtitle">{g.devicesCaption}</p>
                <DeviceTable devices={data.devices} overlay={overlay} showCompound={data.level === 'DISTRICT' || data.level === 'STREET'} />
              </Panel>
            </>
          )}
        </section>
      )}
    </div>
  );
}

function Breadcrumb({ path, range }: { path: Operations['path']; range: GateRange }) {
  const { t } = useI18n();
  const g = t.gateOps;
  return (
    <nav aria-label={g.breadcrumb} className="breadcrumb" data-testid="gate-breadcrumb">
      <ol>
        {path.map((p, i) => (
          <li key={p.id}>
            {i === path.length - 1 ? (
              <span aria-current="page">{p.name}</span>
            ) : (
              <Link href={gatesHref({ level: p.level, id: p.id }, range)} data-testid={`gate-crumb-${p.level}`}>
                {p.name}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

function ChildrenTable({ operations, range }: { operations: Operations; range: GateRange }) {
  const { t, locale } = useI18n();
  const g = t.gateOps;
  const rows = operations.children;
  const childLevel = operations.level === 'DISTRICT' ? 'STREET' : operations.level === 'STREET' ? 'COMPOUND' : 'GATE';
  return (
    <Panel title={g.children[childLevel]}>
      <p className="muted panel-subtitle">{g.childrenCaption}</p>
      {rows.length === 0 ? (
        <p className="chart-empty" data-testid="gate-children-empty">
          {g.noTraffic}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="data-table" data-testid="gate-children" data-level={childLevel}>
            <caption className="visually-hidden">{g.childrenCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{g.column.name}</th>
                <th scope="col" className="num">
                  {g.column.passes}
                </th>
                <th scope="col" className="num">
                  {g.column.faceShare}
                </th>
                <th scope="col" className="num">
                  {g.column.denials}
                </th>
                <th scope="col" className="num">
                  {g.column.fever}
                </th>
                <th scope="col" className="num">
                  {g.column.devices}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-testid="gate-child-row" data-id={r.id} data-name={r.name}>
                  <th scope="row">
                    <Link href={gatesHref({ level: r.level, id: r.id }, range)} data-testid="gate-child-link">
                      {r.name}
                    </Link>
                  </th>
                  <td className="num" data-testid="gate-child-passes" data-value={r.passes}>
                    {formatInteger(r.passes, locale)}
                  </td>
                  <td className="num">{r.faceShare === null || r.faceShare === undefined ? '—' : formatPercent(r.faceShare, locale)}</td>
                  <td className="num">{formatInteger(r.denials, locale)}</td>
                  <td className="num">{formatInteger(r.fever, locale)}</td>
                  <td className="num">{g.column.devicesValue(r.devices, r.devicesOffline)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Panel>
  );
}

function Stat({
  label,
  value,
  hint,
  testId,
  raw,
  alert = false,
}: {
  label: string;
  value: string;
  hint?: string;
  testId: string;
  raw: number;
  alert?: boolean;
}) {
  return (
    <div className="stat-card">
      <dt>{label}</dt>
      <dd className={alert ? 'stat-value stat-value--alert' : 'stat-value'} data-testid={testId} data-value={raw}>
        {value}
      </dd>
      {hint && <dd className="stat-hint">{hint}</dd>}
    </div>
  );
}
