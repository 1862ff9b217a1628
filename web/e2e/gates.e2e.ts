/**
 * Gate operations in a real Chromium against the real API: 和平街街道's street office (demo-heping)
 * drills from its street to 樱花园小区 to a gate over the seeded four weeks of rollups, sees the
 * charts and the device table, and watches a live update arrive after a device posts events to
 * the real ingest endpoint (POST /ingest/gate-events → NOTIFY → graphql-ws → /gates/live SSE).
 */
import type { Page } from 'playwright-core';
import { DEMO_IDS, DEMO_PASSWORD, demoGateDevices } from '../../seeds';
import { screenshot } from './browser';
import { useDashboardSession } from './dashboard-session';
import { callApi } from './stack';

const session = useDashboardSession();
let page: Page;
beforeEach(() => {
  page = session.page;
});
const signIn = (username: string) => session.signIn(username);
const requireStack = () => session.stack;

const device = (serial: string) => demoGateDevices().find((d) => d.serial === serial)!;

test('a street office drills from its street to 樱花园小区 and its east gate, with charts and device status', async () => {
  await signIn('demo-heping');
  await page.goto('/');
  await page.getByTestId('nav-gates').click();
  await page.waitForURL('**/gates');
  await page.getByTestId('gate-data').waitFor();
  expect(await page.getByTestId('gate-title').textContent()).toBe('和平街街道 门禁运行');
  expect(Number(await page.getByTestId('gate-stat-passes').getAttribute('data-value'))).toBeGreaterThan(10_000);
  // The default range is the last 7 days by hour: 168 bars per method, drawn.
  expect(await page.getByTestId('gate-entries-chart').getAttribute('data-buckets')).toBe('168');
  await page.locator('[data-testid="gate-entries-chart"] .recharts-bar-rectangle').first().waitFor();
  await page.locator('[data-testid="gate-face-share-chart"] .recharts-line-curve').waitFor();
  await page.locator('[data-testid="gate-health-chart"] .recharts-bar-rectangle').first().waitFor();
  const compounds = page.getByTestId('gate-child-row');
  expect(await compounds.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name')))).toEqual(['樱花园小区']);
  await screenshot(page, 'gates-01-street');

  await compounds.getByTestId('gate-child-link').click();
  await page.waitForURL(`**/gates/compound/${DEMO_IDS.yinghuayuan}`);
  await page.getByTestId('gate-data').waitFor();
  expect(await page.getByTestId('gate-title').textContent()).toBe('樱花园小区 门禁运行');
  expect(await page.getByTestId('gate-child-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name')))).toEqual([
    '东门',
    '西门',
  ]);
  const rows = page.getByTestId('gate-device-row');
  expect(await rows.count()).toBe(5);
  // The west card reader went silent two days before the seed: offline, with when.
  const reader = page.locator(`[data-testid="gate-device-row"][data-serial="YHY-W-CARD-01"]`);
  expect(await reader.getAttribute('data-online')).toBe('false');
  expect(await reader.getByTestId('gate-device-silent').textContent()).toMatch(/^自 \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2} 起失联$/);
  // Offline devices first.
  expect(await rows.first().getAttribute('data-online')).toBe('false');
  await screenshot(page, 'gates-02-compound');

  await page.getByTestId('gate-range-30d').click();
  await page.waitForURL('**?range=30d');
  await page.waitForFunction(() => document.querySelector('[data-testid="gate-entries-chart"]')?.getAttribute('data-buckets') !== '168');
  expect(Number(await page.getByTestId('gate-entries-chart').getAttribute('data-buckets'))).toBeGreaterThanOrEqual(30);

  await page.getByTestId('gate-child-link').filter({ hasText: '东门' }).click();
  await page.waitForURL(`**/gates/gate/${DEMO_IDS.yinghuayuanEastGate}?range=30d`);
  await page.getByTestId('gate-data').waitFor();
  expect(await page.getByTestId('gate-title').textContent()).toBe('东门 门禁运行');
  expect(await page.getByTestId('gate-device-row').count()).toBe(3);
  expect(Number(await page.getByTestId('gate-stat-fever').getAttribute('data-value'))).toBeGreaterThan(0);
  await screenshot(page, 'gates-03-gate');

  // Back up through the breadcrumb.
  await page.getByTestId('gate-crumb-COMPOUND').click();
  await page.waitForURL(`**/gates/compound/${DEMO_IDS.yinghuayuan}?range=30d`);
  await page.getByTestId('gate-data').waitFor();
});

test('a device posting events shows up live: a new batch in the feed and the silent card reader back online', async () => {
  const { adminToken, graphqlUrl } = requireStack();
  await signIn('demo-heping');
  await page.goto(`/gates/compound/${DEMO_IDS.yinghuayuan}`);
  await page.getByTestId('gate-data').waitFor();
  await page.locator('[data-testid="gate-live"][data-state="live"]').waitFor();
  const reader = page.locator(`[data-testid="gate-device-row"][data-serial="YHY-W-CARD-01"]`);
  expect(await reader.getAttribute('data-online')).toBe('false');

  const { rotateGateDeviceKey } = await callApi<{ rotateGateDeviceKey: { key: string } }>(
    graphqlUrl,
    `mutation ($id: ID!) { rotateGateDeviceKey(id: $id) { key } }`,
    { id: device('YHY-W-CARD-01').id },
    adminToken,
  );
  const ingestUrl = graphqlUrl.replace(/\/graphql$/, '/ingest/gate-events');
  const post = async (batch: number) => {
    const at = new Date().toISOString();
    const events = [
      { eventId: `e2e-${batch}-1`, at, kind: 'PASS', payload: { method: 'CARD', direction: 'IN' } },
      { eventId: `e2e-${batch}-2`, at, kind: 'PASS', payload: { method: 'CARD', direction: 'OUT' } },
      { eventId: `e2e-${batch}-3`, at, kind: 'DENIED', payload: { method: 'CARD', reason: 'CARD_EXPIRED' } },
    ];
    const response = await fetch(ingestUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${rotateGateDeviceKey.key}` },
      body: JSON.stringify(events),
    });
    const body = (await response.json()) as { accepted: number; rejected: unknown[] };
    expect([response.status, body.rejected]).toEqual([200, []]);
  };

  // The page's subscription is in place once "live" shows, but the API may still be setting up
  // its LISTEN: post until the first batch arrives (each batch is new, none is lost or doubled).
  let batch = 0;
  const deadline = Date.now() + 20_000;
  while ((await page.getByTestId('gate-live-item').count()) === 0) {
    if (Date.now() > deadline) throw new Error('no live event arrived');
    batch += 1;
    await post(batch);
    await page.waitForTimeout(500);
  }
  await page.locator('[data-testid="gate-device-row"][data-serial="YHY-W-CARD-01"][data-online="true"]').waitFor();
  await page.getByTestId('gate-live-item').filter({ hasText: '西门: 通行 2 人次' }).first().waitFor();
  await page.getByTestId('gate-live-item').filter({ hasText: '西门 刷卡器 恢复在线' }).waitFor();
  expect(Number(await page.getByTestId('gate-live-since').getAttribute('data-value'))).toBe(2 * batch);
  await screenshot(page, 'gates-04-live');
});

test('a street office without smart gates sees the empty state; the hotline is not offered the page', async () => {
  await signIn('demo-street');
  await page.goto('/gates');
  await page.getByTestId('gate-empty').waitFor();
  await page.locator('[data-testid="gate-live"][data-state="live"]').waitFor();
  await screenshot(page, 'gates-05-empty');

  await page.context().clearCookies();
  await page.goto('/login');
  await page.getByTestId('login-username').fill('demo-hotline');
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('user-name').waitFor();
  expect(await page.getByTestId('nav-gates').count()).toBe(0);
  await page.goto('/gates');
  await page.getByTestId('forbidden-state').waitFor();
});
