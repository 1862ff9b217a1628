import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/auth.service';
import { scopeSql, type Scope } from '../auth/scope';
import type { CompoundService } from '../compounds/compound.service';
import { AppError, ErrorCode, badInput, notFound } from '../graphql/errors';
import { isUuid, parseId } from '../graphql/ids';
import { validate } from '../personal/normalize';
import type { PersonalData } from '../personal/personal-data';
import { CATEGORIES, type HotlineCategory, type Satisfaction, TICKET_ORDER, TicketStatus } from './hotline.enums';
import {
  ANSWER_MAX_LENGTH,
  CALLS_DEFAULT,
  CALLS_MAX,
  NOTE_MAX_LENGTH,
  QUESTION_MAX_LENGTH,
  TICKETS_DEFAULT,
  TICKETS_MAX,
  type HotlineCall,
  type HotlineTicket,
  type HotlineTicketEvent,
  type HotlineTicketFilter,
  type HotlineTicketList,
  type LogHotlineCallInput,
} from './hotline.types';

const PHONE_CONTEXT = 'hotline_call.caller_phone';
const OPEN_STATUSES = TICKET_ORDER.filter((s) => s !== TicketStatus.CLOSED);

export function actorOf(viewer: Viewer): { id: string; username: string; role: Viewer['role'] } {
  return { id: viewer.userId, username: viewer.username, role: viewer.role };
}

/** Trimmed, 1 to `max` characters, or a BAD_USER_INPUT naming the field. */
export function requiredText(field: string, value: string, max: number): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || [...trimmed].length > max) throw badInput(field, `must be 1-${max} characters`);
  return trimmed;
}

function illegalTransition(from: TicketStatus, to: TicketStatus): AppError {
  const next = TICKET_ORDER[TICKET_ORDER.indexOf(from) + 1] ?? null;
  return new AppError(
    ErrorCode.ILLEGAL_TICKET_TRANSITION,
    `a ticket that is ${from} ${next ? `can only move to ${next}` : 'is closed'}, not to ${to}`,
    { from, to, allowed: next ? [next] : [] },
  );
}

const TICKET_SELECT = `
  SELECT t.id, t.call_id, t.compound_id, c.name AS compound_name, t.street_id, st.name AS street_name, cm.name AS community_name,
         t.category, t.request, call.caller_phone, t.status, a.display_name AS assignee_name, t.reply, t.resolution, t.satisfaction,
         t.respond_due_at, t.resolve_due_at, t.overdue_since, t.created_at, t.assigned_at, t.responded_at, t.resolved_at, t.closed_at
    FROM hotline_ticket t
    JOIN hotline_call call ON call.id = t.call_id
    JOIN compound c ON c.id = t.compound_id
    JOIN street st ON st.id = t.street_id
    JOIN community cm ON cm.id = t.community_id
    LEFT JOIN app_user a ON a.id = t.assignee_id`;

interface TicketRow {
  id: string;
  call_id: string;
  compound_id: string;
  compound_name: string;
  street_id: string;
  street_name: string;
  community_name: string;
  category: HotlineCategory;
  request: string;
  caller_phone: string | null;
  status: TicketStatus;
  assignee_name: string | null;
  reply: string | null;
  resolution: string | null;
  satisfaction: Satisfaction | null;
  respond_due_at: Date;
  resolve_due_at: Date;
  overdue_since: Date | null;
  created_at: Date;
  assigned_at: Date | null;
  responded_at: Date | null;
  resolved_at: Date | null;
  closed_at: Date | null;
}

/**
 * Calls and follow-up tickets. A caller's phone is stored encrypted with a blind index (a
 * returning caller finds their open tickets) and only ever served masked: no hotline operation
 * reveals it. Tickets go to the compound's street office and move NEW → ASSIGNED → RESPONDED →
 * RESOLVED → CLOSED, one step at a time, each step kept in hotline_ticket_event.
 */
export class HotlineTickets {
  constructor(
    private readonly db: DataSource,
    private readonly personal: PersonalData,
    private readonly compounds: CompoundService,
  ) {}

  private maskedPhone(ciphertext: string | null): string | null {
    return ciphertext === null ? null : this.personal.mask('phone', this.personal.decrypt(PHONE_CONTEXT, ciphertext));
  }

  private ticketOf(r: TicketRow): HotlineTicket {
    return {
      id: r.id,
      callId: r.call_id,
      compoundId: r.compound_id,
      compoundName: r.compound_name,
      streetId: r.street_id,
      streetName: r.street_name,
      communityName: r.community_name,
      category: r.category,
      request: r.request,
      callerPhone: this.maskedPhone(r.caller_phone),
      status: r.status,
      assigneeName: r.assignee_name,
      reply: r.reply,
      resolution: r.resolution,
      satisfaction: r.satisfaction,
      respondDueAt: r.respond_due_at,
      resolveDueAt: r.resolve_due_at,
      overdue: r.overdue_since !== null,
      overdueSince: r.overdue_since,
      createdAt: r.created_at,
      assignedAt: r.assigned_at,
      respondedAt: r.responded_at,
      resolvedAt: r.resolved_at,
      closedAt: r.closed_at,
    };
  }

  private phoneIndex(field: string, raw: string): { ciphertext: string; index: string } {
    const result = validate('phone', raw);
    if (!result.ok) throw badInput(field, result.reason);
    return { ciphertext: this.personal.encrypt(PHONE_CONTEXT, result.value), index: this.personal.blindIndex('phone', result.value) };
  }

  // --- calls ----------------------------------------------------------------------------------

  /** Logs a call; with follow-up, opens a ticket for the compound's street office with the category's deadlines. */
  async logCall(input: LogHotlineCallInput, viewer: Viewer): Promise<HotlineCall> {
    const compound = await this.compounds.get(parseId('input.compoundId', input.compoundId), viewer.scope);
    if (!CATEGORIES.includes(input.category)) throw badInput('input.category', 'is not a hotline category');
    const question = requiredText('input.question', input.question, QUESTION_MAX_LENGTH);
    const answer = requiredText('input.answer', input.answer, ANSWER_MAX_LENGTH);
    const phone =
      input.callerPhone != null && input.callerPhone.trim() !== '' ? this.phoneIndex('input.callerPhone', input.callerPhone) : null;
    const request = input.followUp ? requiredText('input.request', input.request ?? question, QUESTION_MAX_LENGTH) : null;
    if (!input.followUp && input.request != null && input.request.trim() !== '') {
      throw badInput('input.request', 'is only for calls that need follow-up (followUp: true)');
    }
    const callId = randomUUID();
    await this.db.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO hotline_call (id, compound_id, community_id, street_id, district_id, category, question, answer,
                                   caller_phone, caller_phone_index, follow_up, agent_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [
          callId,
          compound.id,
          compound.communityId,
          compound.streetId,
          compound.districtId,
          input.category,
          question,
          answer,
          phone?.ciphertext ?? null,
          phone?.index ?? null,
          input.followUp,
          viewer.userId,
        ],
      );
      if (request !== null) {
        const ticketId = randomUUID();
        await manager.query(
          `INSERT INTO hotline_ticket (id, call_id, compound_id, community_id, street_id, district_id, category, request,
                                       caller_phone_index, respond_due_at, resolve_due_at)
           SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9,
                  now() + l.respond_hours * interval '1 hour', now() + l.resolve_hours * interval '1 hour'
             FROM hotline_time_limit l WHERE l.category = $7`,
          [
            ticketId,
            callId,
            compound.id,
            compound.communityId,
            compound.streetId,
            compound.districtId,
            input.category,
            request,
            phone?.index ?? null,
          ],
        );
        await this.recordEvent(manager, ticketId, null, TicketStatus.NEW, null, viewer.userId);
      }
    });
    return (await this.calls({ callId }, 1, viewer.scope))[0]!;
  }

  /** Recent calls, newest first, within the caller's scope. */
  async calls(
    filter: { compoundId?: string | null; streetId?: string | null; callId?: string },
    limit: number | null | undefined,
    scope: Scope,
  ): Promise<HotlineCall[]> {
    const size = limit ?? CALLS_DEFAULT;
    if (!Number.isInteger(size) || size < 1 || size > CALLS_MAX) throw badInput('limit', `must be between 1 and ${CALLS_MAX}`);
    const conditions: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      conditions.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.callId) add('k.id = ?', filter.callId);
    if (filter.compoundId != null) add('k.compound_id = ?', parseId('filter.compoundId', filter.compoundId));
    if (filter.streetId != null) add('k.street_id = ?', parseId('filter.streetId', filter.streetId));
    const visible = scopeSql(scope, 'compound', 'k', params.length + 1);
    conditions.push(visible.sql);
    params.push(...visible.values);
    const rows = (await this.db.query(
      `SELECT k.id, k.compound_id, c.name AS compound_name, k.category, k.question, k.answer, k.caller_phone, k.follow_up,
              u.display_name AS agent_name, t.id AS ticket_id, k.created_at
         FROM hotline_call k
         JOIN compound c ON c.id = k.compound_id
         LEFT JOIN app_user u ON u.id = k.agent_id
         LEFT JOIN hotline_ticket t ON t.call_id = k.id
        WHERE ${conditions.join(' AND ')}
        ORDER BY k.created_at DESC, k.id DESC
        LIMIT ${size}`,
      params,
    )) as {
      id: string;
      compound_id: string;
      compound_name: string;
      category: HotlineCategory;
      question: string;
      answer: string;
      caller_phone: string | null;
      follow_up: boolean;
      agent_name: string | null;
      ticket_id: string | null;
      created_at: Date;
    }[];
    return rows.map((r) => ({
      id: r.id,
      compoundId: r.compound_id,
      compoundName: r.compound_name,
      category: r.category,
      question: r.question,
      answer: r.answer,
      callerPhone: this.maskedPhone(r.caller_phone),
      followUp: r.follow_up,
      agentName: r.agent_name,
      ticketId: r.ticket_id,
      createdAt: r.created_at,
    }));
  }

  // --- tickets --------------------------------------------------------------------------------

  /** The queue: overdue first, then oldest first, `offset` rows in (a page). Defaults to every status but CLOSED. */
  async list(
    filter: HotlineTicketFilter,
    limit: number | null | undefined,
    scope: Scope,
    offset: number | null | undefined = 0,
  ): Promise<HotlineTicketList> {
    const size = limit ?? TICKETS_DEFAULT;
    if (!Number.isInteger(size) || size < 1 || size > TICKETS_MAX) throw badInput('limit', `must be between 1 and ${TICKETS_MAX}`);
    const skip = offset ?? 0;
    if (!Number.isInteger(skip) || skip < 0) throw badInput('offset', 'must be a whole number, at least 0');
    const conditions: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      conditions.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.status != null && filter.status.length === 0)
      throw badInput('filter.status', 'must name at least one status, or be left out');
    add('t.status = ANY (?::hotline_ticket_status[])', filter.status ?? OPEN_STATUSES);
    if (filter.streetId != null) add('t.street_id = ?', parseId('filter.streetId', filter.streetId));
    if (filter.compoundId != null) add('t.compound_id = ?', parseId('filter.compoundId', filter.compoundId));
    if (filter.category != null) add('t.category = ?', filter.category);
    if (filter.overdue != null) conditions.push(filter.overdue ? 't.overdue_since IS NOT NULL' : 't.overdue_since IS NULL');
    const visible = scopeSql(scope, 'compound', 't', params.length + 1);
    conditions.push(visible.sql);
    params.push(...visible.values);
    const where = conditions.join(' AND ');
    const rows = (await this.db.query(
      `${TICKET_SELECT} WHERE ${where} ORDER BY (t.overdue_since IS NULL), t.created_at, t.id LIMIT ${size} OFFSET ${skip}`,
      params,
    )) as TicketRow[];
    const [count] = (await this.db.query(`SELECT count(*)::int AS n FROM hotline_ticket t WHERE ${where}`, params)) as { n: number }[];
    return { items: rows.map((r) => this.ticketOf(r)), totalCount: count?.n ?? 0 };
  }

  async get(id: string, scope: Scope): Promise<HotlineTicket> {
    return this.ticketOf(await this.find(this.db.manager, id, scope, false));
  }

  /** The status changes of each ticket, oldest first, for many tickets in one query. */
  async historyOf(ticketIds: readonly string[]): Promise<(HotlineTicketEvent & { ticketId: string })[]> {
    const rows = (await this.db.query(
      `SELECT e.ticket_id, e.from_status, e.to_status, e.note, u.display_name AS actor_name, e.at
         FROM hotline_ticket_event e LEFT JOIN app_user u ON u.id = e.actor_id
        WHERE e.ticket_id = ANY($1::uuid[]) ORDER BY e.at, e.id`,
      [ticketIds],
    )) as {
      ticket_id: string;
      from_status: TicketStatus | null;
      to_status: TicketStatus;
      note: string | null;
      actor_name: string | null;
      at: Date;
    }[];
    return rows.map((r) => ({
      ticketId: r.ticket_id,
      fromStatus: r.from_status,
      toStatus: r.to_status,
      note: r.note,
      actorName: r.actor_name,
      at: r.at,
    }));
  }

  /** A returning caller's open tickets, found by the blind index of the phone they call from. */
  async ofCaller(callerPhone: string, scope: Scope): Promise<HotlineTicket[]> {
    const { index } = this.phoneIndex('callerPhone', callerPhone);
    const visible = scopeSql(scope, 'compound', 't', 2);
    const rows = (await this.db.query(
      `${TICKET_SELECT} WHERE t.caller_phone_index = $1 AND t.status <> 'CLOSED' AND ${visible.sql} ORDER BY t.created_at DESC LIMIT ${TICKETS_MAX}`,
      [index, ...visible.values],
    )) as TicketRow[];
    return rows.map((r) => this.ticketOf(r));
  }

  /** Street replies of a compound, newest first: what the next agent reads on the card. */
  async replies(compoundId: string, limit: number): Promise<HotlineTicket[]> {
    const rows = (await this.db.query(
      `${TICKET_SELECT} WHERE t.compound_id = $1 AND t.reply IS NOT NULL ORDER BY t.responded_at DESC, t.id LIMIT ${limit}`,
      [compoundId],
    )) as TicketRow[];
    return rows.map((r) => this.ticketOf(r));
  }

  async openOf(compoundId: string): Promise<HotlineTicket[]> {
    const rows = (await this.db.query(
      `${TICKET_SELECT} WHERE t.compound_id = $1 AND t.status <> 'CLOSED' ORDER BY t.created_at, t.id LIMIT ${TICKETS_MAX}`,
      [compoundId],
    )) as TicketRow[];
    return rows.map((r) => this.ticketOf(r));
  }

  /** NEW → ASSIGNED: the street officer takes the ticket. */
  assign(id: string, note: string | null | undefined, viewer: Viewer): Promise<HotlineTicket> {
    const remark = note != null && note.trim() !== '' ? requiredText('note', note, NOTE_MAX_LENGTH) : null;
    return this.move(id, TicketStatus.ASSIGNED, viewer, remark, `assignee_id = $3, assigned_at = now()`, [viewer.userId]);
  }

  /** ASSIGNED → RESPONDED, with the reply the next agent reads out. */
  respond(id: string, reply: string, viewer: Viewer): Promise<HotlineTicket> {
    const answer = requiredText('reply', reply, NOTE_MAX_LENGTH);
    return this.move(id, TicketStatus.RESPONDED, viewer, answer, `reply = $3, responded_at = now()`, [answer]);
  }

  /** RESPONDED → RESOLVED. */
  resolve(id: string, resolution: string, viewer: Viewer): Promise<HotlineTicket> {
    const what = requiredText('resolution', resolution, NOTE_MAX_LENGTH);
    return this.move(id, TicketStatus.RESOLVED, viewer, what, `resolution = $3, resolved_at = now()`, [what]);
  }

  /** RESOLVED → CLOSED after the hotline's call back, with the caller's satisfaction. */
  close(id: string, satisfaction: Satisfaction, note: string | null | undefined, viewer: Viewer): Promise<HotlineTicket> {
    const remark = note != null && note.trim() !== '' ? requiredText('note', note, NOTE_MAX_LENGTH) : null;
    return this.move(id, TicketStatus.CLOSED, viewer, remark, `satisfaction = $3, closed_at = now()`, [satisfaction]);
  }

  private async move(
    id: string,
    to: TicketStatus,
    viewer: Viewer,
    note: string | null,
    set: string,
    values: unknown[],
  ): Promise<HotlineTicket> {
    await this.db.transaction(async (manager) => {
      const ticket = await this.find(manager, id, viewer.scope, true);
      const next = TICKET_ORDER[TICKET_ORDER.indexOf(ticket.status) + 1];
      if (next !== to) throw illegalTransition(ticket.status, to);
      await manager.query(`UPDATE hotline_ticket SET status = $2, ${set}, updated_at = now() WHERE id = $1`, [ticket.id, to, ...values]);
      await this.recordEvent(manager, ticket.id, ticket.status, to, note, viewer.userId);
    });
    return this.get(id, viewer.scope);
  }

  private async find(manager: EntityManager, id: string, scope: Scope, lock: boolean): Promise<TicketRow> {
    if (!isUuid(id)) throw notFound('HotlineTicket', id);
    const visible = scopeSql(scope, 'compound', 't', 2);
    const [row] = (await manager.query(`${TICKET_SELECT} WHERE t.id = $1 AND ${visible.sql}${lock ? ' FOR UPDATE OF t' : ''}`, [
      id,
      ...visible.values,
    ])) as TicketRow[];
    if (!row) throw notFound('HotlineTicket', id);
    return row;
  }

  private async recordEvent(
    manager: EntityManager,
    ticketId: string,
    from: TicketStatus | null,
    to: TicketStatus,
    note: string | null,
    actorId: string | null,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO hotline_ticket_event (ticket_id, from_status, to_status, note, actor_id) VALUES ($1, $2, $3, $4, $5)`,
      [ticketId, from, to, note, actorId],
    );
  }

  /**
   * Marks tickets that missed a deadline: not responded by respond_due_at, or not resolved by
   * resolve_due_at. Idempotent: a ticket is marked once, at the first run after it fell behind.
   */
  async markOverdue(now: Date = new Date()): Promise<{ marked: number }> {
    const rows = (await this.db.query(
      `UPDATE hotline_ticket SET overdue_since = LEAST(
                CASE WHEN status IN ('NEW', 'ASSIGNED') AND respond_due_at < $1 THEN respond_due_at END,
                CASE WHEN status IN ('NEW', 'ASSIGNED', 'RESPONDED') AND resolve_due_at < $1 THEN resolve_due_at END)
        WHERE overdue_since IS NULL
          AND ((status IN ('NEW', 'ASSIGNED') AND respond_due_at < $1)
            OR (status IN ('NEW', 'ASSIGNED', 'RESPONDED') AND resolve_due_at < $1))
        RETURNING id`,
      [now],
    )) as [unknown[], number];
    return { marked: rows[1] };
  }
}
