import type { DataSource, EntityManager } from 'typeorm';
import { scopeSql, type Scope } from '../auth/scope';
import { badInput } from '../graphql/errors';
import { HotlineMatch } from './hotline.enums';
import { fullPinyin, hasHan, initials } from './pinyin';

export const QUERY_MAX_LENGTH = 50;
export const HITS_DEFAULT = 8;
export const HITS_MAX = 20;
/** How many nearest neighbours each similarity branch offers for scoring. */
const NEIGHBOURS = 40;
/** Added when the caller named the compound's street or community ("松河街道的景源小区"). */
const PLACE_BONUS = 0.3;
/** Scoring is exact for this many candidates; a query matching more is too vague to need more. */
const CANDIDATES_MAX = 2000;

/** A LIKE pattern for "contains", with the query's own % and _ taken literally. */
function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
const INDEX_BATCH = 1000;
/** What the index row was computed from; the refresh writes a row only if this is unchanged. */
const SOURCE_SQL = `md5(c.name || '|' || array_to_string(c.aliases, ',') || '|' || c.address || '|' ||
  coalesce((SELECT string_agg(DISTINCT r.building, ',' ORDER BY r.building) FROM resident r WHERE r.compound_id = c.id), ''))`;

export interface SearchHitRow {
  compoundId: string;
  name: string;
  streetName: string;
  communityName: string;
  score: number;
  matchedBy: HotlineMatch;
}

interface PreparedQuery {
  text: string;
  /** Full pinyin of a query in Chinese characters (homophone typos), or of a Latin one as typed. */
  pinyin: string;
  /** A Latin query taken as initials (yhy), else ''. */
  initials: string;
}

/** What the caller said, in the forms the index holds. Throws on an empty or oversized query. */
export function prepareQuery(raw: string): PreparedQuery {
  const text = raw.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  if (text.length === 0) throw badInput('text', 'must not be empty');
  if ([...text].length > QUERY_MAX_LENGTH) throw badInput('text', `must be at most ${QUERY_MAX_LENGTH} characters`);
  if (hasHan(text)) return { text, pinyin: fullPinyin(text), initials: '' };
  const latin = text.replace(/[^a-z0-9]/g, '');
  return { text, pinyin: latin, initials: /^[a-z][a-z0-9]*$/.test(latin) ? latin : '' };
}

/** 楼号 from the residents register, as callers say them: "3号楼". */
function buildingWords(buildings: readonly string[]): string {
  return buildings.map((b) => (/^\d+$/.test(b) ? `${b}号楼` : b)).join(' ');
}

/**
 * The hotline's compound search: one box for names, aliases, partial addresses, building numbers,
 * typos, full pinyin and initials. Chinese text is matched on compound.search_text (always
 * current); pinyin and building numbers on hotline_compound_search, which triggers mark stale and
 * `refreshIndex` (the hotline.index job) brings up to date.
 */
export class HotlineSearch {
  constructor(private readonly db: DataSource) {}

  async search(raw: string, limit: number | null | undefined, scope: Scope): Promise<SearchHitRow[]> {
    const size = limit ?? HITS_DEFAULT;
    if (!Number.isInteger(size) || size < 1 || size > HITS_MAX) throw badInput('limit', `must be between 1 and ${HITS_MAX}`);
    const said = prepareQuery(raw);
    const manager = this.db.manager;
    const places = hasHan(said.text) ? await this.placesNamed(manager, said.text, scope) : { ids: [], rest: said.text };
    const q = places.ids.length > 0 ? prepareQuery(places.rest) : said;
    const han = hasHan(q.text);
    const candidates = (await this.exactCandidates(manager, q, han, scope)) ?? (await this.similarCandidates(manager, q, han, scope));
    const pinyinSimilarity = han ? 'strict_word_similarity' : 'word_similarity';
    const visible = scopeSql(scope, 'compound', 'c', 6);
    const rows = (await manager.query(
      `WITH scored AS (
           SELECT c.id, c.name, st.name AS street_name, st.code AS street_code, cm.name AS community_name,
                  greatest(similarity($1, lower(c.name)), word_similarity($1, lower(c.name || ' ' || array_to_string(c.aliases, ' ')))) AS by_name,
                  word_similarity($1, lower(c.address)) AS by_address,
                  CASE WHEN lower(c.name) = $1 OR EXISTS (SELECT 1 FROM unnest(c.aliases) a WHERE lower(a) = $1) THEN 1 ELSE 0 END AS exact,
                  coalesce(word_similarity($1, s.buildings), 0) * 0.9 AS by_building,
                  coalesce(${pinyinSimilarity}($2, s.pinyin), 0) * 0.95 AS by_pinyin,
                  CASE WHEN $3 = '' OR s.initials IS NULL THEN 0
                       WHEN (' ' || s.initials || ' ') LIKE ('% ' || $3 || ' %') THEN 1
                       WHEN (' ' || s.initials) LIKE ('% ' || $3 || '%') THEN 0.7 + 0.3 * length($3) / 12.0
                       ELSE word_similarity($3, s.initials) * 0.6 END AS by_initials,
                  CASE WHEN c.street_id = ANY ($4::uuid[]) OR c.community_id = ANY ($4::uuid[]) THEN ${PLACE_BONUS} ELSE 0 END AS by_place
             FROM unnest($5::uuid[]) AS k(compound_id)
             JOIN compound c ON c.id = k.compound_id
             JOIN street st ON st.id = c.street_id
             JOIN community cm ON cm.id = c.community_id
             LEFT JOIN hotline_compound_search s ON s.compound_id = c.id
            WHERE ${visible.sql}
         )
         SELECT id, name, street_name, community_name, by_name, by_address, by_building, by_pinyin, by_initials,
                greatest(by_name + 0.2 * exact, by_address, by_building, by_pinyin, by_initials) + by_place AS score
           FROM scored
          ORDER BY score DESC, exact DESC, length(name), street_code, community_name, name, id
          LIMIT ${size}`,
      [q.text, q.pinyin, q.initials, places.ids, candidates, ...visible.values],
    )) as {
      id: string;
      name: string;
      street_name: string;
      community_name: string;
      by_name: number;
      by_address: number;
      by_building: number;
      by_pinyin: number;
      by_initials: number;
      score: number;
    }[];
    return rows.map((r) => ({
      compoundId: r.id,
      name: r.name,
      streetName: r.street_name,
      communityName: r.community_name,
      score: Math.round(Math.min(1, Number(r.score)) * 1000) / 1000,
      matchedBy: matchOf(r),
    }));
  }

  /**
   * Compounds whose text, pinyin or initials contain the query as it was said: names, aliases,
   * addresses, homophone typos (equal pinyin) and initials. Trigram indexes serve these LIKEs.
   * Null when nothing contains it, so the slower similarity search runs only for real typos.
   */
  private async exactCandidates(manager: EntityManager, q: PreparedQuery, han: boolean, scope: Scope): Promise<string[] | null> {
    const where: [table: 'compound' | 'hotline_compound_search', condition: string, pattern: string][] = [];
    if (q.pinyin !== '') where.push(['hotline_compound_search', 'pinyin LIKE', likePattern(q.pinyin)]);
    if (han) where.push(['compound', 'search_text LIKE', likePattern(q.text)]);
    if (q.initials !== '') where.push(['hotline_compound_search', 'initials LIKE', likePattern(q.initials)]);
    if (where.length === 0) return null;
    const rows = await this.candidates(manager, where, scope);
    return rows.length > 0 ? rows : null;
  }

  /**
   * The nearest neighbours by word similarity of the text (Chinese) and the pinyin, for what no
   * name contains: typos beyond homophones, extra words. GiST indexes serve ORDER BY distance LIMIT.
   */
  private async similarCandidates(manager: EntityManager, q: PreparedQuery, han: boolean, scope: Scope): Promise<string[]> {
    const branches: string[] = [];
    const params: string[] = [];
    const nearest = (table: 'compound' | 'hotline_compound_search', distance: string, value: string) => {
      params.push(value);
      const visible = scopeSql(scope, 'compound', 'x', params.length + 1);
      const at = params.length;
      params.push(...visible.values);
      const id = table === 'compound' ? 'id' : 'compound_id';
      branches.push(`(SELECT x.${id} AS compound_id FROM ${table} x WHERE ${visible.sql} ORDER BY $${at} ${distance} LIMIT ${NEIGHBOURS})`);
    };
    // Pinyin of Chinese input is whole syllables: strict word distance, or every name ending in xiaoqu
    // would be near. Typed pinyin is often a prefix (erligou): distance to the best part of a word.
    if (q.pinyin !== '') nearest('hotline_compound_search', han ? '<<<-> x.pinyin' : '<<-> x.pinyin', q.pinyin);
    if (han) nearest('compound', '<<-> x.search_text', q.text);
    if (branches.length === 0) return [];
    const rows = (await manager.query(branches.join(' UNION '), params)) as { compound_id: string }[];
    return rows.map((r) => r.compound_id);
  }

  /** Ids matching any of the conditions (`column operator $value`), within the scope, at most CANDIDATES_MAX. */
  private async candidates(
    manager: EntityManager,
    where: readonly (readonly [table: 'compound' | 'hotline_compound_search', condition: string, value: string])[],
    scope: Scope,
  ): Promise<string[]> {
    const params: string[] = [];
    const branches = where.map(([table, condition, value]) => {
      params.push(value);
      const visible = scopeSql(scope, 'compound', 'x', params.length + 1);
      params.push(...visible.values);
      const id = table === 'compound' ? 'id' : 'compound_id';
      return `SELECT x.${id} AS compound_id FROM ${table} x WHERE x.${condition} $${params.length - visible.values.length} AND ${visible.sql}`;
    });
    const rows = (await manager.query(`${branches.join(' UNION ')} LIMIT ${CANDIDATES_MAX}`, params)) as { compound_id: string }[];
    return rows.map((r) => r.compound_id);
  }

  /**
   * Streets and communities the caller named in full (松河街道, 樱花园社区), and what remains of the
   * query without them, so "松河街道的景源小区" searches 景源小区 and prefers the one in 松河街道.
   */
  private async placesNamed(manager: EntityManager, text: string, scope: Scope): Promise<{ ids: string[]; rest: string }> {
    const streets = scopeSql(scope, 'street', 's', 2);
    const communities = scopeSql(scope, 'community', 'm', 2 + streets.values.length);
    const found = (await manager.query(
      `SELECT s.id, s.name FROM street s WHERE position(s.name IN $1) > 0 AND ${streets.sql}
       UNION ALL SELECT m.id, m.name FROM community m WHERE position(m.name IN $1) > 0 AND ${communities.sql}`,
      [text, ...streets.values, ...communities.values],
    )) as { id: string; name: string }[];
    let rest = text;
    for (const place of found) rest = rest.split(place.name).join(' ');
    rest = rest.replace(/^[\s的]+|[\s的]+$/g, '').trim();
    return rest === '' ? { ids: [], rest: text } : { ids: found.map((p) => p.id), rest };
  }

  /**
   * Computes pinyin, initials and building numbers for every stale row, in batches; returns how
   * many rows it indexed. A compound changed while its batch was computed stays stale for the next run.
   */
  async refreshIndex(): Promise<{ indexed: number }> {
    let indexed = 0;
    for (;;) {
      const rows = (await this.db.query(
        `SELECT c.id, c.name, c.aliases, ${SOURCE_SQL} AS source,
                coalesce((SELECT array_agg(DISTINCT r.building ORDER BY r.building) FROM resident r WHERE r.compound_id = c.id), '{}') AS buildings
           FROM hotline_compound_search s JOIN compound c ON c.id = s.compound_id
          WHERE s.pinyin_source IS NULL
          ORDER BY s.compound_id
          LIMIT ${INDEX_BATCH}`,
      )) as { id: string; name: string; aliases: string[]; source: string; buildings: string[] }[];
      if (rows.length === 0) return { indexed };
      const names = rows.map((r) => [r.name, ...r.aliases]);
      const result = (await this.db.query(
        `UPDATE hotline_compound_search s
            SET pinyin = u.pinyin, initials = u.initials, buildings = u.buildings, pinyin_source = u.source, indexed_at = now()
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(id, pinyin, initials, buildings, source)
           JOIN compound c ON c.id = u.id
          WHERE s.compound_id = u.id AND s.pinyin_source IS NULL
            AND u.source = ${SOURCE_SQL}
          RETURNING s.compound_id`,
        [
          rows.map((r) => r.id),
          names.map((list) => list.map(fullPinyin).join(' ')),
          names.map((list) => list.map(initials).join(' ')),
          rows.map((r) => buildingWords(r.buildings)),
          rows.map((r) => r.source),
        ],
      )) as [unknown[], number] | unknown[];
      const updated = Array.isArray(result[0]) ? (result[0] as unknown[]).length : (result as unknown[]).length;
      indexed += updated;
      // Every row of the batch changed under us: leave them for the next run rather than spin.
      if (updated === 0) return { indexed };
    }
  }
}

function matchOf(r: { by_name: number; by_address: number; by_building: number; by_pinyin: number; by_initials: number }): HotlineMatch {
  const best = Math.max(r.by_name, r.by_address, r.by_building, r.by_pinyin, r.by_initials);
  if (best === r.by_name) return HotlineMatch.NAME;
  if (best === r.by_address) return HotlineMatch.ADDRESS;
  if (best === r.by_initials) return HotlineMatch.INITIALS;
  if (best === r.by_pinyin) return HotlineMatch.PINYIN;
  return HotlineMatch.BUILDING;
}
