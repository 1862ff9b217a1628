import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { RequestInfo, SecurityEvents, Viewer } from '../auth/auth.service';
import { withinScope, type Scope } from '../auth/scope';
import type { CompoundService } from '../compounds/compound.service';
import { badInput, notFound } from '../graphql/errors';
import { isUuid, parseId } from '../graphql/ids';
import { encodeCursor, pageRequest, toPage, type ConnectionArgs, type Page } from '../graphql/pagination';
import type { BlindIndexKind } from '../personal/blind-index';
import { validate, type PersonalKind } from '../personal/normalize';
import type { PersonalData } from '../personal/personal-data';
import { Resident } from './resident.entity';
import {
  EXPORT_MAX_ROWS,
  REASON_MAX_LENGTH,
  REASON_MIN_LENGTH,
  type ExportFile,
  type RegisterResidentInput,
  type ResidentFilter,
  type ResidentView,
  type RevealedResident,
} from './resident.types';

const SORT = 'ADDRESS:ASC';
const PLACE_FIELD = /^[\p{L}\p{N}-]{1,16}$/u;
const OPTIONAL_KINDS = [
  ['idNumber', 'idNumber', 'idNumberIndex'],
  ['phone', 'phone', 'phoneIndex'],
  ['plate', 'plate', 'plateIndex'],
] as const;

/** Every unmasked read (reveal, export) needs a stated purpose, kept in the audit log. */
function checkReason(reason: string): string {
  const text = reason.trim();
  const length = [...text].length;
  if (length < REASON_MIN_LENGTH || length > REASON_MAX_LENGTH) {
    throw badInput('reason', `must say why, in ${REASON_MIN_LENGTH}-${REASON_MAX_LENGTH} characters`);
  }
  return text;
}

function valid(kind: PersonalKind, field: string, value: string): string {
  const result = validate(kind, value);
  if (!result.ok) throw badInput(field, result.reason);
  return result.value;
}

function placeField(field: string, value: string | null | undefined, required: boolean): string {
  const text = (value ?? '').trim();
  if (text === '' && !required) return '';
  if (!PLACE_FIELD.test(text)) throw badInput(field, 'must be 1-16 letters, digits or dashes');
  return text;
}

/**
 * Residents of the compounds, registered by their residents' committee. Stored encrypted; served
 * masked; revealed or exported only with a reason, and every such read is audited first.
 */
export class ResidentService {
  constructor(
    private readonly db: DataSource,
    private readonly personal: PersonalData,
    private readonly compounds: CompoundService,
    private readonly events: SecurityEvents,
  ) {}

  async register(input: RegisterResidentInput, viewer: Viewer, request: RequestInfo): Promise<ResidentView> {
    const compound = await this.compounds.get(parseId('input.compoundId', input.compoundId), viewer.scope);
    const resident = this.db.getRepository(Resident).create({
      id: randomUUID(),
      compoundId: compound.id,
      communityId: compound.communityId,
      streetId: compound.streetId,
      districtId: compound.districtId,
      building: placeField('input.building', input.building, true),
      unit: placeField('input.unit', input.unit, false),
      room: placeField('input.room', input.room, true),
      name: this.personal.encrypt('resident.name', valid('name', 'input.name', input.name)),
      registeredBy: viewer.userId,
    });
    for (const [kind, field, index] of OPTIONAL_KINDS) {
      const raw = input[field];
      if (raw == null || raw.trim() === '') {
        resident[field] = null;
        resident[index] = null;
        continue;
      }
      const value = valid(kind, `input.${field}`, raw);
      resident[field] = this.personal.encrypt(`resident.${this.column(field)}`, value);
      resident[index] = this.personal.blindIndex(kind, value);
    }
    await this.db.transaction(async (manager) => {
      if (resident.idNumberIndex) {
        const taken = await manager.getRepository(Resident).existsBy({ compoundId: compound.id, idNumberIndex: resident.idNumberIndex });
        if (taken) throw badInput('input.idNumber', 'is already registered in this compound');
      }
      await manager.insert(Resident, resident);
      // The audit entry names the row, never the personal data itself.
      await this.events.record(
        { action: 'resident.register', outcome: 'success', actor: actorOf(viewer), targetType: 'resident', targetId: resident.id, request },
        manager,
      );
    });
    return this.masked(await this.find(resident.id, viewer.scope));
  }

  async list(filter: ResidentFilter, args: ConnectionArgs, scope: Scope): Promise<Page<ResidentView>> {
    const request = pageRequest(args, SORT);
    const query = this.filtered(filter, scope);
    const ascending = request.direction === 'forward';
    if (request.cursor) {
      if (typeof request.cursor.value !== 'string') throw badInput(ascending ? 'after' : 'before', 'is not a valid cursor');
      query.andWhere(`(r.sort_key, r.id) ${ascending ? '>' : '<'} (:value, :id)`, { value: request.cursor.value, id: request.cursor.id });
    }
    const order = ascending ? 'ASC' : 'DESC';
    const rows = await query
      .orderBy('r.sort_key', order)
      .addOrderBy('r.id', order)
      .limit(request.limit + 1)
      .getMany();
    const page = await toPage(
      rows,
      request,
      (row) => encodeCursor({ sort: SORT, value: row.sortKey, id: row.id }),
      () => this.filtered(filter, scope).getCount(),
    );
    return { ...page, edges: page.edges.map((edge) => ({ ...edge, node: this.masked(edge.node) })) } as Page<ResidentView>;
  }

  async get(id: string, scope: Scope): Promise<ResidentView> {
    return this.masked(await this.find(id, scope));
  }

  /** The unmasked record, after the audit entry with the reason is written (no entry, no data). */
  async reveal(id: string, reason: string, viewer: Viewer, request: RequestInfo): Promise<RevealedResident> {
    const why = checkReason(reason);
    const resident = await this.find(id, viewer.scope);
    await this.events.record({
      action: 'personal.reveal',
      outcome: 'success',
      actor: actorOf(viewer),
      targetType: 'resident',
      targetId: resident.id,
      reason: why,
      request,
    });
    return {
      id: resident.id,
      name: this.personal.decrypt('resident.name', resident.name),
      idNumber: resident.idNumber && this.personal.decrypt('resident.id_number', resident.idNumber),
      phone: resident.phone && this.personal.decrypt('resident.phone', resident.phone),
      plate: resident.plate && this.personal.decrypt('resident.plate', resident.plate),
    };
  }

  /** An Excel file of the unmasked records matching the filter, capped, audited with the reason. */
  async export(filter: ResidentFilter, reason: string, viewer: Viewer, request: RequestInfo): Promise<ExportFile> {
    const why = checkReason(reason);
    const rows = await this.filtered(filter, viewer.scope)
      .orderBy('r.sort_key', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .limit(EXPORT_MAX_ROWS + 1)
      .getMany();
    if (rows.length > EXPORT_MAX_ROWS)
      throw badInput('filter', `matches more than ${EXPORT_MAX_ROWS} residents; narrow it to one compound or community`);
    await this.events.record({
      action: 'personal.export',
      outcome: 'success',
      actor: actorOf(viewer),
      targetType: 'resident',
      reason: why,
      details: { rows: rows.length, filter: { ...filter } },
      request,
    });

    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'anju';
    const sheet = workbook.addWorksheet('居民');
    sheet.columns = [
      { header: '楼号', key: 'building', width: 8 },
      { header: '单元', key: 'unit', width: 8 },
      { header: '房号', key: 'room', width: 8 },
      { header: '姓名', key: 'name', width: 12 },
      { header: '身份证号', key: 'idNumber', width: 22 },
      { header: '手机号', key: 'phone', width: 16 },
      { header: '车牌', key: 'plate', width: 12 },
      { header: '登记时间', key: 'registeredAt', width: 20 },
    ];
    for (const r of rows) {
      sheet.addRow({
        building: r.building,
        unit: r.unit,
        room: r.room,
        name: this.personal.decrypt('resident.name', r.name),
        idNumber: r.idNumber && this.personal.decrypt('resident.id_number', r.idNumber),
        phone: r.phone && this.personal.decrypt('resident.phone', r.phone),
        plate: r.plate && this.personal.decrypt('resident.plate', r.plate),
        registeredAt: r.createdAt.toISOString(),
      });
    }
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    return {
      filename: `residents-${new Date().toISOString().slice(0, 10)}.xlsx`,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      base64: buffer.toString('base64'),
      rows: rows.length,
    };
  }

  private column(field: 'idNumber' | 'phone' | 'plate'): string {
    return field === 'idNumber' ? 'id_number' : field;
  }

  private async find(id: string, scope: Scope): Promise<Resident> {
    const resident = isUuid(id)
      ? await withinScope(this.db.getRepository(Resident).createQueryBuilder('r'), scope, 'compound', 'r')
          .andWhere('r.id = :id', { id })
          .getOne()
      : null;
    if (!resident) throw notFound('Resident', id);
    return resident;
  }

  private filtered(filter: ResidentFilter, scope: Scope): SelectQueryBuilder<Resident> {
    const query = withinScope(this.db.getRepository(Resident).createQueryBuilder('r'), scope, 'compound', 'r');
    if (filter.compoundId != null)
      query.andWhere('r.compound_id = :compoundId', { compoundId: parseId('filter.compoundId', filter.compoundId) });
    if (filter.communityId != null)
      query.andWhere('r.community_id = :communityId', { communityId: parseId('filter.communityId', filter.communityId) });
    for (const [kind, field, index] of OPTIONAL_KINDS) {
      const raw = filter[field];
      if (raw == null) continue;
      const value = valid(kind, `filter.${field}`, raw);
      query.andWhere(`r.${this.column(field)}_index = :${index}`, { [index]: this.personal.blindIndex(kind as BlindIndexKind, value) });
    }
    return query;
  }

  private masked(resident: Resident): ResidentView {
    const show = (kind: PersonalKind, context: string, value: string | null) =>
      value === null ? null : this.personal.mask(kind, this.personal.decrypt(context, value));
    return {
      id: resident.id,
      compoundId: resident.compoundId,
      building: resident.building,
      unit: resident.unit,
      room: resident.room,
      name: show('name', 'resident.name', resident.name)!,
      idNumber: show('idNumber', 'resident.id_number', resident.idNumber),
      phone: show('phone', 'resident.phone', resident.phone),
      plate: show('plate', 'resident.plate', resident.plate),
      registeredAt: resident.createdAt,
    };
  }
}

function actorOf(viewer: Viewer): { id: string; username: string; role: Viewer['role'] } {
  return { id: viewer.userId, username: viewer.username, role: viewer.role };
}
