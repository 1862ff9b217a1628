/**
 * The hotline's settings screens in a real Chromium against the real API and the demo data set:
 * the street office of 和平街街道 (demo-heping) opens 樱花园小区's hotline settings from its ticket
 * queue, is stopped at the field for an empty enrolment time, then records new enrolment hours
 * and new hours for the west gate; the agent (demo-hotline-cy) then reads both in the card's
 * face-registration and progress answers. The platform admin changes one category's ticket time
 * limits after a bad value is refused at the field.
 */
import type { Page } from 'playwright-core';
import { DEMO_IDS } from '../../seeds';
import { screenshot } from './browser';
import { useDashboardSession } from './dashboard-session';

const AGENT = 'demo-hotline-cy';
const STREET_OFFICE = 'demo-heping';
const ADMIN = 'demo-admin';
const NEW_ENROLMENT_HOURS = '每周六上午9点到12点，工作日下午2点到4点';
const NEW_WEST_GATE_HOURS = '05:30-23:30';

const session = useDashboardSession();
let page: Page;
beforeEach(() => {
  page = session.page;
});
const signIn = (username: string) => session.signIn(username);

const answerOf = (category: string) => page.locator(`[data-testid="settings-answer"][data-category="${category}"]`);

test('the street office of 和平街街道 records new enrolment hours and west gate hours for 樱花园小区, after an empty time is refused at the field', async () => {
  await signIn(STREET_OFFICE);

  // Reachable from the compound page: 樱花西街5号院 has nothing recorded, so the platform's defaults show, marked.
  await page.goto('/compounds');
  await page.getByTestId('compound-name').getByRole('link', { name: '樱花西街5号院' }).click();
  await page.getByTestId('compound-title').filter({ hasText: '樱花西街5号院' }).waitFor();
  await page.getByTestId('compound-hotline-settings').click();
  await page.getByTestId('settings-defaults').waitFor();
  expect(await page.getByTestId('settings-enrolmentPlace').inputValue()).toBe('樱花园社区居委会');
  expect(await page.locator('label', { has: page.getByTestId('settings-homeVisits') }).textContent()).toContain('默认');
  expect(await page.getByTestId('settings-homeVisits').isChecked()).toBe(true);
  expect(await page.getByTestId('settings-vendorFiled').isChecked()).toBe(false);
  await screenshot(page, 'hotline-settings-00-defaults');

  // ... and from the ticket queue, where the street office works.
  await page.goto('/hotline/tickets');
  const row = page.getByTestId('ticket-row').filter({ hasText: '樱花园小区' }).first();
  await row.getByTestId('ticket-settings-link').click();
  await page.waitForURL((url) => url.pathname === `/hotline/compounds/${DEMO_IDS.yinghuayuan}/settings`);
  await page.getByTestId('settings-title').filter({ hasText: '樱花园小区' }).waitFor();

  // The demo recorded settings: shown as recorded, not as defaults.
  await page.getByTestId('settings-updated').waitFor();
  expect(await page.getByTestId('settings-defaults').count()).toBe(0);
  expect(await page.getByTestId('settings-enrolmentHours').inputValue()).toBe('工作日上午9点到11点半、下午2点到5点');
  const westGate = page.locator('input[data-gate-name="西门"]');
  expect(await westGate.inputValue()).toBe('06:00-22:00');
  // Only open gates take hours: the north gate is sealed.
  expect(await page.locator('input[data-gate-name="北门"]').count()).toBe(0);
  await screenshot(page, 'hotline-settings-01-form');

  // Mirrors the server: an empty time and no way in without a face are refused before saving.
  await page.getByTestId('settings-enrolmentHours').fill('  ');
  for (const method of ['CARD', 'QR_CODE', 'PIN']) await page.getByTestId(`settings-nonFace-${method}`).uncheck();
  await page.getByTestId('settings-save').click();
  expect(await page.getByTestId('settings-error-enrolmentHours').textContent()).toBe('请填写');
  expect(await page.getByTestId('settings-error-nonFaceMethods').textContent()).toContain('至少选一种');
  expect(await page.getByTestId('settings-enrolmentHours').getAttribute('aria-invalid')).toBe('true');
  await screenshot(page, 'hotline-settings-02-refused');

  await page.getByTestId('settings-enrolmentHours').fill(NEW_ENROLMENT_HOURS);
  for (const method of ['CARD', 'PIN']) await page.getByTestId(`settings-nonFace-${method}`).check();
  await westGate.fill(NEW_WEST_GATE_HOURS);
  await page.getByTestId('settings-save').click();
  await page.getByTestId('settings-saved').waitFor();

  // The answers the hotline now gives, composed from the saved settings.
  await answerOf('FACE_REGISTRATION').filter({ hasText: NEW_ENROLMENT_HOURS }).waitFor();
  expect(await answerOf('FACE_REGISTRATION').textContent()).toContain('门禁卡、密码');
  expect(await answerOf('PROGRESS').textContent()).toContain(`西门（${NEW_WEST_GATE_HOURS}）`);
  expect(await page.getByTestId('settings-enrolmentHours').inputValue()).toBe(NEW_ENROLMENT_HOURS);
  expect(await page.getByTestId('settings-nonFace-QR_CODE').isChecked()).toBe(false);
  await screenshot(page, 'hotline-settings-03-saved');
});

test('the agent reads the new enrolment hours and gate hours in 樱花园小区 answers', async () => {
  await signIn(AGENT);
  await page.waitForURL((url) => url.pathname === '/hotline');
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'hotline-search');
  await page.keyboard.type('yhy');
  await page.getByTestId('hotline-result-name').filter({ hasText: '樱花园小区' }).waitFor();
  const index = (await page.getByTestId('hotline-result-name').allTextContents()).indexOf('樱花园小区');
  for (let step = 0; step < index; step += 1) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByTestId('hotline-card-name').filter({ hasText: '樱花园小区' }).waitFor();
  // The agent may not change them: no settings link anywhere on the console.
  expect(await page.getByTestId('ticket-settings-link').count()).toBe(0);

  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'hotline-answer');
  await page.keyboard.press('3');
  await page.locator('[data-testid="hotline-answer"][data-category="FACE_REGISTRATION"]').waitFor();
  const face = (await page.getByTestId('hotline-script').textContent()) ?? '';
  expect(face).toContain(NEW_ENROLMENT_HOURS);
  expect(face).not.toContain('工作日上午9点到11点半');
  expect(face).toContain('门禁卡、密码');
  await screenshot(page, 'hotline-settings-04-agent-answer');

  await page.keyboard.press('2');
  await page.locator('[data-testid="hotline-answer"][data-category="PROGRESS"]').waitFor();
  expect(await page.getByTestId('hotline-script').textContent()).toContain(`西门（${NEW_WEST_GATE_HOURS}）`);
});

test('the admin changes the face-registration time limits after a bad value is refused at the field', async () => {
  await signIn(ADMIN);
  await page.getByTestId('nav-timeLimits').click();
  await page.waitForURL((url) => url.pathname === '/hotline/time-limits');
  await page.getByTestId('limit-FACE_REGISTRATION-respond').waitFor();
  expect(await page.getByTestId('limit-form').count()).toBe(4);
  const respond = page.getByTestId('limit-FACE_REGISTRATION-respond');
  const resolve = page.getByTestId('limit-FACE_REGISTRATION-resolve');

  await respond.fill('0');
  await page.getByTestId('limit-FACE_REGISTRATION-save').click();
  expect(await page.getByTestId('limit-FACE_REGISTRATION-error-respond').textContent()).toBe('需为 1-720 的整数');
  expect(await respond.getAttribute('aria-invalid')).toBe('true');

  // Resolving may not take less time than responding.
  await respond.fill('48');
  await resolve.fill('24');
  await page.getByTestId('limit-FACE_REGISTRATION-save').click();
  expect(await page.getByTestId('limit-FACE_REGISTRATION-error-resolve').textContent()).toContain('48-2160');
  expect(await page.getByTestId('limit-saved').count()).toBe(0);
  await screenshot(page, 'hotline-settings-05-limit-refused');

  await respond.fill('12');
  await resolve.fill('96');
  await page.getByTestId('limit-FACE_REGISTRATION-save').click();
  await page.getByTestId('limit-saved').waitFor();
  await page.getByTestId('limit-FACE_REGISTRATION-respond').waitFor();
  expect(await page.getByTestId('limit-FACE_REGISTRATION-respond').inputValue()).toBe('12');
  expect(await page.getByTestId('limit-FACE_REGISTRATION-resolve').inputValue()).toBe('96');
  expect(await page.getByTestId('limit-FACE_REGISTRATION-error-respond').count()).toBe(0);
  await screenshot(page, 'hotline-settings-06-limit-saved');

  // The street office has no such page.
  await signIn(STREET_OFFICE);
  await page.goto('/hotline/time-limits');
  await page.getByTestId('forbidden-state').waitFor();
});
