import { isRejection, validateEvent } from '../api/src/gates/gate-event.schema';
import { traffic, type SimGate } from './gate-traffic';

const GATES: SimGate[] = [
  { gateId: '00000000-0000-4000-8000-000000000001', residents: 1500, vehicles: true, temperatureScreen: true },
  { gateId: '00000000-0000-4000-8000-000000000002', residents: 600, vehicles: false, temperatureScreen: false },
];
const END = new Date('2026-05-04T16:00:00Z'); // Tuesday 00:00 in Beijing: the period is Friday to Monday
const options = { seed: 7, days: 4, end: END, heartbeatSeconds: 300 };

describe('synthetic gate traffic', () => {
  const events = [...traffic(GATES, options)];

  it('is the same for the same seed and different for another', () => {
    expect([...traffic(GATES, options)]).toEqual(events);
    expect([...traffic(GATES, { ...options, seed: 8 })]).not.toEqual(events);
  });

  it('produces events the ingest schema accepts, each id once per device, inside the period', () => {
    const ids = new Set(events.map((e) => e.event.eventId));
    expect(ids.size).toBe(events.length);
    const rules = { now: END, maxAgeMs: 5 * 86_400_000, maxFutureMs: 0, plateIndex: () => 'x'.repeat(64) };
    const rejected = events.map((e, i) => validateEvent(e.event, i, { ...rules, gateId: e.device.gateId })).filter(isRejection);
    expect(rejected).toEqual([]);
  });

  it('has face as the leading method, card and volunteer registration besides, rare fever and denials', () => {
    const passes = events.filter((e) => e.event.kind === 'PASS');
    const share = (method: string) => passes.filter((e) => e.event.payload?.method === method).length / passes.length;
    expect(share('FACE')).toBeGreaterThan(0.45);
    expect(share('CARD')).toBeGreaterThan(0.15);
    expect(share('VOLUNTEER')).toBeGreaterThan(0.05);
    const readings = events.filter((e) => e.event.kind === 'TEMPERATURE');
    const fever = readings.filter((e) => Number(e.event.payload?.celsius) >= 37.3).length;
    expect(fever).toBeGreaterThan(0);
    expect(fever / readings.length).toBeLessThan(0.02);
    const denied = events.filter((e) => e.event.kind === 'DENIED').length;
    expect(denied / (denied + passes.length)).toBeLessThan(0.05);
    expect(events.some((e) => e.event.kind === 'PLATE_IN')).toBe(true);
  });

  it('follows the daily rhythm: the weekday morning peak is far busier than the small hours', () => {
    const beijing = (at: string) => new Date(Date.parse(at) + 8 * 3_600_000).toISOString();
    const friday = events.filter((e) => e.event.kind === 'PASS' && beijing(e.event.at).startsWith('2026-05-01'));
    const peak = friday.filter((e) => beijing(e.event.at).slice(11, 13) === '08').length;
    const night = friday.filter((e) => beijing(e.event.at).slice(11, 13) === '03').length;
    expect(peak).toBeGreaterThan(night * 10);
  });

  it('has devices drop out: some heartbeat gaps are far longer than the interval', () => {
    const beats = new Map<string, number[]>();
    for (const { device, event } of events) {
      if (event.kind === 'HEARTBEAT') beats.set(device.serial, [...(beats.get(device.serial) ?? []), Date.parse(event.at)]);
    }
    const longest = Math.max(...[...beats.values()].flatMap((times) => times.slice(1).map((t, i) => t - times[i]!)));
    expect(longest).toBeGreaterThan(3_600_000);
  });
});
