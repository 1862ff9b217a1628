/**
 * The 12345 hotline in a real Chromium against the real API and the demo data set: an agent finds
 * 樱花园小区 (和平街街道, 朝阳区) by "yhy" with the keyboard, reads the face-registration answer,
 * copies it and logs a call that needs a follow-up; the street office of 和平街街道 finds the
 * ticket in its queue and replies; the next time an agent opens the compound the reply is on the
 * card. Then the district office's figures and the knowledge base.
 *
 * The agent is demo-hotline-cy (朝阳区) and the street office demo-heping (和平街街道): 樱花园小区
 * is theirs; demo-hotline and demo-street work 东城区 / 东直门街道, where 樱花园小区 is NOT_FOUND.
 */
import type { Page } from 'playwright-core';
import { screenshot } from './browser';
import { useDashboardSession } from './dashboard-session';

const AGENT = 'demo-hotline-cy';
const STREET_OFFICE = 'demo-heping';
const CALLER_PHONE = '13812345678';
const QUESTION = '家里老人行动不便，人脸识别能上门登记吗？';
const REQUEST = '请居委会联系来电人，预约上门为老人登记人脸';
const REPLY = '居委会已与来电人约定本周六上午上门登记。';

const session = useDashboardSession();
let page: Page;
beforeEach(() => {
  page = session.page;
});
const signIn = (username: string) => session.signIn(username);
/** The ticket the agent's call opened, shared by the tests that follow it. */
let ticketId: string | undefined;

const focusedTestId = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

/** Types "yhy" into the focused search box and opens 樱花园小区 with the arrow keys and Enter. */
async function openYinghuayuanByKeyboard(): Promise<void> {
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'hotline-search');
  await page.keyboard.type('yhy');
  await page.getByTestId('hotline-result-name').filter({ hasText: '樱花园小区' }).waitFor();
  const names = await page.getByTestId('hotline-result-name').allTextContents();
  const index = names.indexOf('樱花园小区');
  // The API ranks it within the first three for its initials.
  expect(index).toBeGreaterThanOrEqual(0);
  expect(index).toBeLessThan(3);
  for (let step = 0; step < index; step += 1) await page.keyboard.press('ArrowDown');
  expect(await page.locator('[data-testid="hotline-result"][aria-selected="true"] [data-testid="hotline-result-name"]').textContent()).toBe(
    '樱花园小区',
  );
  await page.keyboard.press('Enter');
  await page.getByTestId('hotline-card-name').filter({ hasText: '樱花园小区' }).waitFor();
}

test('the agent finds 樱花园小区 by "yhy" with the keyboard, reads and copies the face-registration answer, and logs a call with a follow-up', async () => {
  await signIn(AGENT);
  // The agent's start page is the console, with the focus in the search box.
  await page.waitForURL((url) => url.pathname === '/hotline');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByTestId('hotline-search').waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'hotline-search');
  await screenshot(page, 'hotline-01-console');

  // Nothing matches: the empty state with its tips.
  await page.keyboard.type('qqqqzzzz');
  await page.getByTestId('hotline-search-empty').filter({ hasText: '没有找到匹配的小区' }).waitFor();
  expect(await page.getByTestId('hotline-search-empty').textContent()).toContain('拼音首字母');
  await page.keyboard.press('Escape');

  await page.keyboard.type('yhy');
  await page.getByTestId('hotline-result-name').filter({ hasText: '樱花园小区' }).waitFor();
  // Every hit names its street and community.
  const yinghuayuan = page.getByTestId('hotline-result').filter({ hasText: '樱花园小区' }).first();
  expect(await yinghuayuan.textContent()).toContain('和平街街道');
  await screenshot(page, 'hotline-02-results');
  await page.keyboard.press('Escape');
  await openYinghuayuanByKeyboard();

  // The answer has the focus; 3 shows the face-registration answer the API composed from live data.
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'hotline-answer');
  await page.keyboard.press('3');
  await page.locator('[data-testid="hotline-answer"][data-category="FACE_REGISTRATION"]').waitFor();
  const script = (await page.getByTestId('hotline-script').textContent()) ?? '';
  expect(script).toContain('居委会'); // where: the residents' committee desk
  expect(script).toContain('身份证原件'); // which documents
  expect(script).toMatch(/房产证|户口簿/);
  expect(script).toContain('租房合同');
  expect(script).toContain('上门'); // home visits for the elderly or disabled
  expect(script).toMatch(/门禁卡|二维码|密码/); // the non-face ways in
  expect(await page.getByTestId('hotline-shortcuts').textContent()).toContain('C 复制');

  // C copies the answer as shown.
  await page.keyboard.press('c');
  await page.getByTestId('hotline-copy-status').filter({ hasText: '已复制' }).waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(script);

  // The log form: the answer is prefilled from the script; the category follows the tab.
  expect(await page.getByTestId('hotline-log-category').inputValue()).toBe('FACE_REGISTRATION');
  expect(await page.getByTestId('hotline-log-answer').inputValue()).toBe(script);
  await page.getByTestId('hotline-log-question').fill(QUESTION);
  await page.getByTestId('hotline-log-callerPhone').fill(CALLER_PHONE);
  await page.getByTestId('hotline-log-followUp').check();
  await page.getByTestId('hotline-log-request').fill(REQUEST);
  await screenshot(page, 'hotline-03-card');
  // Ctrl+Enter saves from anywhere in the form.
  await page.getByTestId('hotline-log-request').press('Control+Enter');

  const result = page.getByTestId('hotline-log-result');
  await result.filter({ hasText: '来电已记录' }).waitFor();
  // The phone comes back masked only.
  expect(await result.textContent()).toContain('138****5678');
  expect(await page.content()).not.toContain(CALLER_PHONE);
  const href = await page.getByTestId('hotline-log-ticket').getAttribute('href');
  ticketId = href?.split('/').at(-1);
  expect(ticketId).toMatch(/^[0-9a-f-]{36}$/);
  // The card now lists the new open ticket.
  await page.locator(`[data-testid="hotline-open-tickets"] [data-ticket-id="${ticketId}"]`).waitFor();
  await screenshot(page, 'hotline-04-logged');

  // A returning caller: the same phone in another spelling finds the open ticket.
  await page.getByTestId('hotline-log-callerPhone').fill('+86 138-1234-5678');
  await page.getByTestId('hotline-log-question').focus();
  await page.locator(`[data-testid="hotline-returning"] [data-ticket-id="${ticketId}"]`).waitFor();
});

test('the street office of 和平街街道 sees the ticket in its queue, takes it and replies; an illegal step is explained', async () => {
  expect(ticketId).toBeDefined();
  await signIn(STREET_OFFICE);
  await page.goto('/hotline/tickets');
  const row = page.locator(`[data-testid="ticket-row"][data-ticket-id="${ticketId}"]`);
  await row.waitFor();
  expect(await row.textContent()).toContain('樱花园小区');
  expect(await row.getByTestId('ticket-status').textContent()).toBe('新建');
  // Only its own street's tickets.
  const streets = await page.locator('[data-testid="ticket-row"] td:nth-child(2)').allTextContents();
  expect(new Set(streets)).toEqual(new Set(['和平街街道']));
  await screenshot(page, 'hotline-05-queue');

  await row.getByTestId('ticket-link').click();
  await page.waitForURL((url) => url.pathname === `/hotline/tickets/${ticketId}`);
  expect(await page.getByTestId('ticket-request').textContent()).toBe(REQUEST);
  await page.locator('[data-testid="ticket-step"][data-step="assign"]').waitFor();
  await page.getByTestId('ticket-submit').click();
  await page.locator('[data-testid="ticket-step"][data-step="respond"]').waitFor();

  // Replying without text is refused at the field, before anything is sent.
  await page.getByTestId('ticket-submit').click();
  await page.getByTestId('ticket-error-text').waitFor();
  await page.getByTestId('ticket-text').fill(REPLY);
  await page.getByTestId('ticket-submit').click();
  await page.getByTestId('ticket-reply').filter({ hasText: REPLY }).waitFor();
  expect(await page.getByTestId('ticket-status').first().textContent()).toBe('已答复');
  await page.locator('[data-testid="ticket-step"][data-step="resolve"]').waitFor();
  await screenshot(page, 'hotline-06-replied');

  // Someone else resolved it meanwhile: this page still offers "resolve", and the API's refusal is shown plainly.
  const resolved = await page.evaluate(async (id) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { resolveHotlineTicket(id: "${id}", resolution: "已上门登记") { status } }` }),
    });
    return ((await response.json()) as { data?: { resolveHotlineTicket: { status: string } } }).data?.resolveHotlineTicket.status;
  }, ticketId);
  expect(resolved).toBe('RESOLVED');
  await page.getByTestId('ticket-text').fill('已上门登记');
  await page.getByTestId('ticket-submit').click();
  const refusal = page.getByTestId('ticket-error-text');
  await refusal.waitFor();
  expect(await refusal.textContent()).toContain('工单现在已是“已解决”');
  await screenshot(page, 'hotline-07-illegal');
});

test('the next agent who opens 樱花园小区 sees the street office reply on the card', async () => {
  expect(ticketId).toBeDefined();
  await signIn(AGENT);
  await page.goto('/hotline');
  await openYinghuayuanByKeyboard();
  const reply = page.locator(`[data-testid="hotline-replies"] [data-ticket-id="${ticketId}"]`);
  await reply.waitFor();
  expect(await reply.getByTestId('hotline-reply').textContent()).toContain(REPLY);
  expect(await focusedTestId()).toBe('hotline-answer');
  await screenshot(page, 'hotline-08-reply-on-card');
});

test('the district office reads the hotline figures as charts, and a template naming an unknown variable is refused at the field', async () => {
  await signIn('demo-district');
  await page.goto('/hotline');
  await page.getByTestId('hotline-figures').waitFor();
  await page.locator('[data-testid="hotline-calls-chart"] .recharts-bar-rectangle').first().waitFor();
  await page.locator('[data-testid="hotline-rates-chart"] .recharts-line').first().waitFor();
  expect(await page.getByTestId('hotline-export-open').isEnabled()).toBe(true);
  await screenshot(page, 'hotline-09-figures');

  // The export asks why (audited), then hands over an .xlsx.
  await page.getByTestId('hotline-export-open').click();
  const dialog = page.getByTestId('reason-dialog');
  await dialog.getByTestId('audit-notice').waitFor();
  await dialog.getByTestId('reason-input').fill('向区政府报送12345接诉即办情况');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('reason-submit').click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const { readFileSync } = await import('node:fs');
  // An .xlsx is a zip archive.
  expect(
    readFileSync(await download.path())
      .subarray(0, 2)
      .toString('latin1'),
  ).toBe('PK');
  await page.getByTestId('hotline-export-result').filter({ hasText: '已导出' }).waitFor();

  // The overview carries the same figures as a panel.
  await page.goto('/');
  await page.locator('[data-testid="overview-hotline"] [data-testid="hotline-calls-chart"]').waitFor();

  await page.goto('/hotline/templates');
  await page.getByTestId('template-variables').filter({ hasText: '{{enrolmentPlace}}' }).waitFor();
  const versions = await page.getByTestId('template-version').count();
  await page.getByTestId('template-body').fill('请到{{deskAddress}}办理人脸登记。');
  await page.getByTestId('template-save').click();
  const error = page.getByTestId('template-error-body');
  await error.waitFor();
  expect(await error.textContent()).toContain('{{deskAddress}}');
  expect(await page.getByTestId('template-version').count()).toBe(versions);
  await screenshot(page, 'hotline-10-template-refused');

  await page
    .getByTestId('template-body')
    .fill('您好，{{compoundName}}的人脸登记请到{{enrolmentPlace}}办理，时间是{{enrolmentHours}}。{{homeVisit}}');
  await page.getByTestId('template-save').click();
  await page.getByTestId('template-saved').waitFor();
  await page.waitForFunction((count) => document.querySelectorAll('[data-testid="template-version"]').length === count + 1, versions);
});
