import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import type { RequestInfo, SecurityEvents, Viewer } from '../auth/auth.service';
import { scopeSql, type Scope } from '../auth/scope';
import { TIME_ZONE } from '../common/time';
import { badInput, notFound } from '../graphql/errors';
import { isUuid } from '../graphql/ids';
import { REASON_MAX_LENGTH, REASON_MIN_LENGTH, type ExportFile } from '../residents/resident.types';
import { CATEGORIES, CATEGORY_LABEL, type HotlineCategory } from './hotline.enums';
import {
  HotlineAreaLevel,
  MAX_WEEKS,
  type HotlineAreaInput,
  type HotlineFigures,
  type HotlineHotCompound,
  type HotlineWeekFigures,
} from './hotline.types';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HOT_COMPOUNDS = 10;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The Monday (Beijing calendar) of the week holding `day`. */
export function mondayOf(field: string, day: string): string {
  if (!DAY.test(day)) throw badInput(field, 'must be a date YYYY-MM-DD');
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) throw badInput(field, 'is not a calendar date');
  const weekday = (date.getUTCDay() + 6) % 7;
  return new Date(date.getTime() - weekday * 86_400_000).toISOString().slice(0, 10);
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

interface Counts {
  calls: number;
  byCategory: Record<HotlineCategory, number>;
  answeredFirstCall: number;
  tickets: number;
  responded: number;
  resolved: number;
  due: number;
  onTime: number;
  rated: number;
  satisfied: number;
}

function figuresOf(week: string, streetId: string, streetName: string, c: Counts): HotlineWeekFigures {
  return {
    week,
    streetId,
    streetName,
    calls: c.calls,
    byCategory: CATEGORIES.map((category) => ({ category, calls: c.byCategory[category] })),
    answeredFirstCall: c.answeredFirstCall,
    firstCallShare: share(c.answeredFirstCall, c.calls),
    tickets: c.tickets,
    ticketsDue: c.due,
    ticketsOnTime: c.onTime,
    onTimeShare: share(c.onTime, c.due),
    responseRate: share(c.responded, c.tickets),
    resolutionRate: share(c.resolved, c.tickets),
    satisfactionRate: share(c.satisfied, c.rated),
    rated: c.rated,
  };
}

const emptyCounts = (): Counts => ({
  calls: 0,
  byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<HotlineCategory, number>,
  answeredFirstCall: 0,
  tickets: 0,
  responded: 0,
  resolved: 0,
  due: 0,
  onTime: 0,
  rated: 0,
  satisfied: 0,
});

function addCounts(into: Counts, c: Counts): void {
  into.calls += c.calls;
  for (const category of CATEGORIES) into.byCategory[category] += c.byCategory[category];
  into.answeredFirstCall += c.answeredFirstCall;
  into.tickets += c.tickets;
  into.responded += c.responded;
  into.resolved += c.resolved;
  into.due += c.due;
  into.onTime += c.onTime;
  into.rated += c.rated;
  into.satisfied += c.satisfied;
}

/**
 * Hotline figures per street and week (weeks start on Monday, Beijing time): calls by category,
 * first-call answers, tickets on time, and the three rates of Beijing's 12345 assessment
 * (响应率, 解决率, 满意率) over the tickets opened that week. A rate without data is null.
 */
export class HotlineFiguresService {
  constructor(
    private readonly db: DataSource,
    private readonly events: SecurityEvents,
  ) {}

  async figures(area: HotlineAreaInput, fromWeek: string, toWeek: string, scope: Scope, now: Date = new Date()): Promise<HotlineFigures> {
    const from = mondayOf('fromWeek', fromWeek);
    const to = mondayOf('toWeek', toWeek);
    if (from > to) throw badInput('toWeek', 'must not be before fromWeek');
    const weeks = Math.round((Date.parse(to) - Date.parse(from)) / (7 * 86_400_000)) + 1;
    if (weeks > MAX_WEEKS) throw badInput('fromWeek', `the range covers ${weeks} weeks; at most ${MAX_WEEKS}`);
    const place = await this.area(area, scope);
    const column = area.level === HotlineAreaLevel.DISTRICT ? 'district_id' : 'street_id';
    const visible = scopeSql(scope, 'compound', 'x', 4);
    const params = [place.id, from, to, ...visible.values];
    const nowParam = `$${params.length + 1}`;
    // The range is [Monday 00:00 of fromWeek, Monday 00:00 after toWeek) in Beijing.
    const range = (alias: string) =>
      `${alias}.${column} = $1 AND ${alias}.created_at >= ($2::date)::timestamp AT TIME ZONE '${TIME_ZONE}'
       AND ${alias}.created_at < ($3::date + 7)::timestamp AT TIME ZONE '${TIME_ZONE}' AND ${visible.sql.replace(/\bx\./g, `${alias}.`)}`;
    const week = (alias: string) => `date_trunc('week', ${alias}.created_at AT TIME ZONE '${TIME_ZONE}')::date`;
    const rows = (await this.db.query(
      `WITH calls AS (
         SELECT k.street_id, ${week('k')} AS week, count(*)::int AS calls,
                count(*) FILTER (WHERE NOT k.follow_up)::int AS first_call,
                ${CATEGORIES.map((c) => `count(*) FILTER (WHERE k.category = '${c}')::int AS "${c}"`).join(', ')}
           FROM hotline_call k WHERE ${range('k')} GROUP BY 1, 2
       ), tickets AS (
         SELECT t.street_id, ${week('t')} AS week, count(*)::int AS tickets,
                count(*) FILTER (WHERE t.responded_at IS NOT NULL)::int AS responded,
                count(*) FILTER (WHERE t.resolved_at IS NOT NULL)::int AS resolved,
                count(*) FILTER (WHERE t.resolved_at IS NOT NULL OR t.resolve_due_at < ${nowParam})::int AS due,
                count(*) FILTER (WHERE t.resolved_at IS NOT NULL AND t.resolved_at <= t.resolve_due_at)::int AS on_time,
                count(*) FILTER (WHERE t.satisfaction IS NOT NULL)::int AS rated,
                count(*) FILTER (WHERE t.satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED'))::int AS satisfied
           FROM hotline_ticket t WHERE ${range('t')} GROUP BY 1, 2
       )
       SELECT s.id AS street_id, s.name AS street_name, s.code AS street_code, to_char(w.week, 'YYYY-MM-DD') AS week,
              coalesce(c.calls, 0) AS calls, coalesce(c.first_call, 0) AS first_call,
              ${CATEGORIES.map((c) => `coalesce(c."${c}", 0) AS "${c}"`).join(', ')},
              coalesce(t.tickets, 0) AS tickets, coalesce(t.responded, 0) AS responded, coalesce(t.resolved, 0) AS resolved,
              coalesce(t.due, 0) AS due, coalesce(t.on_time, 0) AS on_time, coalesce(t.rated, 0) AS rated, coalesce(t.satisfied, 0) AS satisfied
         FROM (SELECT street_id, week FROM calls UNION SELECT street_id, week FROM tickets) w
         JOIN street s ON s.id = w.street_id
         LEFT JOIN calls c ON c.street_id = w.street_id AND c.week = w.week
         LEFT JOIN tickets t ON t.street_id = w.street_id AND t.week = w.week
        ORDER BY w.week, s.code`,
      [...params, now],
    )) as ({
      street_id: string;
      street_name: string;
      week: string;
      calls: number;
      first_call: number;
      tickets: number;
      responded: number;
      resolved: number;
      due: number;
      on_time: number;
      rated: number;
      satisfied: number;
    } & Record<HotlineCategory, number>)[];

    const totals = new Map<string, Counts>();
    const streetRows = rows.map((r) => {
      const counts: Counts = {
        calls: r.calls,
        byCategory: Object.fromEntries(CATEGORIES.map((c) => [c, r[c]])) as Record<HotlineCategory, number>,
        answeredFirstCall: r.first_call,
        tickets: r.tickets,
        responded: r.responded,
        resolved: r.resolved,
        due: r.due,
        onTime: r.on_time,
        rated: r.rated,
        satisfied: r.satisfied,
      };
      const total = totals.get(r.week) ?? emptyCounts();
      addCounts(total, counts);
      totals.set(r.week, total);
      return figuresOf(r.week, r.street_id, r.street_name, counts);
    });
    const hot = (await this.db.query(
      `SELECT k.compound_id, c.name, s.name AS street_name, count(*)::int AS calls
         FROM hotline_call k JOIN compound c ON c.id = k.compound_id JOIN street s ON s.id = k.street_id
        WHERE ${range('k')}
        GROUP BY k.compound_id, c.name, s.name
        ORDER BY calls DESC, c.name, k.compound_id
        LIMIT ${HOT_COMPOUNDS}`,
      params,
    )) as { compound_id: string; name: string; street_name: string; calls: number }[];
    return {
      fromWeek: from,
      toWeek: to,
      rows: streetRows,
      weeks: [...totals.entries()].map(([w, c]) => figuresOf(w, place.id, place.name, c)),
      hotCompounds: hot.map((h): HotlineHotCompound => ({
        compoundId: h.compound_id,
        name: h.name,
        streetName: h.street_name,
        calls: h.calls,
      })),
    };
  }

  /** The figures as .xlsx, audited with the reason before the file is built. */
  async export(
    area: HotlineAreaInput,
    fromWeek: string,
    toWeek: string,
    reason: string,
    viewer: Viewer,
    request: RequestInfo,
  ): Promise<ExportFile> {
    const why = reason.trim();
    if ([...why].length < REASON_MIN_LENGTH || [...why].length > REASON_MAX_LENGTH) {
      throw badInput('reason', `must say why, in ${REASON_MIN_LENGTH}-${REASON_MAX_LENGTH} characters`);
    }
    const figures = await this.figures(area, fromWeek, toWeek, viewer.scope);
    await this.events.record({
      action: 'hotline.export',
      outcome: 'success',
      actor: { id: viewer.userId, username: viewer.username, role: viewer.role },
      targetType: area.level === HotlineAreaLevel.DISTRICT ? 'district' : 'street',
      targetId: area.id,
      reason: why,
      details: { fromWeek: figures.fromWeek, toWeek: figures.toWeek, rows: figures.rows.length },
      request,
    });
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'anju';
    const percent = { numFmt: '0.00%' };
    const columns = [
      { header: '周 (周一)', key: 'week', width: 12 },
      { header: '街道', key: 'streetName', width: 16 },
      { header: '来电', key: 'calls', width: 8 },
      ...CATEGORIES.map((c) => ({ header: CATEGORY_LABEL[c], key: c, width: 14 })),
      { header: '一次答复率', key: 'firstCallShare', width: 12, style: percent },
      { header: '工单', key: 'tickets', width: 8 },
      { header: '按时办结率', key: 'onTimeShare', width: 12, style: percent },
      { header: '响应率', key: 'responseRate', width: 10, style: percent },
      { header: '解决率', key: 'resolutionRate', width: 10, style: percent },
      { header: '满意率', key: 'satisfactionRate', width: 10, style: percent },
    ];
    const flat = (f: HotlineWeekFigures) => ({ ...f, ...Object.fromEntries(f.byCategory.map((b) => [b.category, b.calls])) });
    const streets = workbook.addWorksheet('按街道');
    streets.columns = columns;
    for (const row of figures.rows) streets.addRow(flat(row));
    const weeks = workbook.addWorksheet('合计');
    weeks.columns = columns;
    for (const row of figures.weeks) weeks.addRow(flat(row));
    const hot = workbook.addWorksheet('来电最多的小区');
    hot.columns = [
      { header: '小区', key: 'name', width: 24 },
      { header: '街道', key: 'streetName', width: 16 },
      { header: '来电', key: 'calls', width: 8 },
    ];
    for (const h of figures.hotCompounds) hot.addRow(h);
    return {
      filename: `hotline-${figures.fromWeek}-${figures.toWeek}.xlsx`,
      mimeType: XLSX_MIME,
      base64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64'),
      rows: figures.rows.length + figures.weeks.length + figures.hotCompounds.length,
    };
  }

  private async area(area: HotlineAreaInput, scope: Scope): Promise<{ id: string; name: string }> {
    const table = area.level === HotlineAreaLevel.DISTRICT ? 'district' : 'street';
    if (!isUuid(area.id)) throw notFound(table, area.id);
    const visible = scopeSql(scope, table, 't', 2);
    const [found] = (await this.db.query(`SELECT t.id, t.name FROM ${table} t WHERE t.id = $1 AND ${visible.sql}`, [
      area.id,
      ...visible.values,
    ])) as { id: string; name: string }[];
    if (!found) throw notFound(table, area.id);
    return found;
  }
}
