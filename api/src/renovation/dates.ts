import { badInput } from '../graphql/errors';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function utc(day: string): number {
  const [, y, m, d] = DAY.exec(day)!;
  return Date.UTC(Number(y), Number(m) - 1, Number(d));
}

/** A calendar date as YYYY-MM-DD; 2020-02-30 and other impossible days are refused. */
export function parseDay(field: string, value: string): string {
  const text = value.trim();
  const match = DAY.exec(text);
  const at = match ? new Date(utc(text)) : null;
  if (
    !at ||
    at.getUTCFullYear() !== Number(match![1]) ||
    at.getUTCMonth() + 1 !== Number(match![2]) ||
    at.getUTCDate() !== Number(match![3])
  ) {
    throw badInput(field, 'must be a date as YYYY-MM-DD');
  }
  return text;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utc(to) - utc(from)) / MS_PER_DAY);
}

export function addDays(day: string, days: number): string {
  return new Date(utc(day) + days * MS_PER_DAY).toISOString().slice(0, 10);
}
