/**
 * The renovation project forms in a real Chromium against the real API and the demo data set:
 * demo-street (东直门街道) creates a project for a compound without one, with 东中街36号楼 (closed,
 * handed over) as its template, then edits it; bad input shows under the field it concerns,
 * whether the form or the API finds it. The district official only reads.
 */
import type { Page } from 'playwright-core';
import { screenshot } from './browser';
import { useDashboardSession } from './dashboard-session';

const session = useDashboardSession();
let page: Page;
beforeEach(() => {
  page = session.page;
});
const signIn = (username: string) => session.signIn(username);

const form = () => page.getByTestId('project-form');

/** Opens the "new project" form on /renovation. */
async function openCreateForm(): Promise<void> {
  await page.goto('/renovation');
  await page.getByTestId('project-create-open').click();
  await form().waitFor();
}

/** Narrows the compound list by `search` and chooses `name` (the select is disabled while it loads). */
async function chooseCompound(search: string, name: string): Promise<void> {
  await page.getByTestId('project-form-compoundSearch').fill(search);
  const select = page.getByTestId('project-form-compoundId');
  await select.locator('option', { hasText: name }).first().waitFor({ state: 'attached' });
  await page.locator('[data-testid="project-form-compoundId"]:enabled').waitFor();
  await select.selectOption({ label: name });
}

async function chooseTemplate(name: string): Promise<void> {
  const select = page.locator('[data-testid="project-form-templateCompoundId"]:enabled');
  await select.waitFor();
  const value = await select.locator('option', { hasText: name }).getAttribute('value');
  if (!value) throw new Error(`no template option ${name}`);
  await select.selectOption(value);
}

const plannedDate = (stage: string) => page.getByTestId(`project-form-planned-${stage}`);
const fact = (key: string) => page.getByTestId(`project-fact-${key}`).locator('dd');
const workItem = (kind: string) => page.locator(`[data-testid="work-item-row"][data-kind="${kind}"]`);

/** What 东中街36号楼 spent its budget on (seeds/renovation.ts): copied, with nothing spent yet. */
const TEMPLATE_KINDS = ['FENCING', 'ACCESS_CONTROL', 'PERSON_VEHICLE_RECOGNITION', 'PARTY_COUNCIL_HALL', 'PROPERTY_INTRODUCTION'];

let createdPath: string | undefined;

test('a street officer creates a project for 东中街29号院 with 东中街36号楼 as template; planned dates going backwards are refused first', async () => {
  await signIn('demo-street');
  await openCreateForm();
  await chooseCompound('29号院', '东中街29号院');
  await chooseTemplate('东中街36号楼');
  // No work items given: the form says the template's will be copied.
  expect(await page.getByTestId('project-form-no-items').textContent()).toContain('将复制 东中街36号楼 的工作项和预算');
  await page.getByTestId('project-form-plannedStartOn').fill('2025-09-01');
  await page.getByTestId('project-form-contractor').fill('东直门建设工程有限公司');
  await plannedDate('APPROVED').fill('2025-12-01');
  await plannedDate('UNDER_CONSTRUCTION').fill('2025-11-01');
  await plannedDate('CLOSED').fill('2026-03-31');
  await page.getByTestId('project-form-submit').click();

  const error = page.getByTestId('project-form-planned-error-UNDER_CONSTRUCTION');
  expect(await error.textContent()).toBe('不能早于「已批准」的计划日期 2025-12-01');
  expect(await plannedDate('UNDER_CONSTRUCTION').getAttribute('aria-invalid')).toBe('true');
  expect(await page.getByTestId('project-form-error').textContent()).toBe('请先更正标出的内容');
  await screenshot(page, 'renovation-forms-01-create-error');

  await plannedDate('UNDER_CONSTRUCTION').fill('2026-01-10');
  await page.getByTestId('project-form-submit').click();
  await page.waitForURL((url) => /^\/renovation\/[0-9a-f-]{36}$/.test(url.pathname));
  createdPath = new URL(page.url()).pathname;

  expect(await page.getByTestId('project-title').textContent()).toBe('东中街29号院 · 改造项目');
  await page.getByTestId('project-current-stage').waitFor();
  expect(await fact('template').textContent()).toBe('东中街36号楼');
  expect(await fact('contractor').textContent()).toBe('东直门建设工程有限公司');
  expect(await fact('planned-start').textContent()).toBe('2025-09-01');
  expect(await page.getByTestId('work-item-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kind')))).toEqual(
    TEMPLATE_KINDS,
  );
  expect(await workItem('FENCING').locator('td').nth(0).textContent()).toBe('围栏及南门改造, 北门封堵');
  expect(await workItem('FENCING').locator('td').nth(1).textContent()).toBe('28,000');
  expect(await workItem('FENCING').locator('td').nth(2).textContent()).toBe('0');
  expect(await page.getByTestId('work-total-budget').textContent()).toBe('132,000');
  expect(
    await page
      .getByTestId('stage-row')
      .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-stage'), r.querySelector('td')?.textContent ?? ''])),
  ).toEqual([
    ['ASSESSED', '—'],
    ['APPROVED', '2025-12-01'],
    ['UNDER_CONSTRUCTION', '2026-01-10'],
    ['CLOSED', '2026-03-31'],
    ['HANDED_OVER', '—'],
  ]);
  await screenshot(page, 'renovation-forms-02-created');
});

test('the street officer edits the contractor and one budget; only those change', async () => {
  if (!createdPath) throw new Error('the project was not created');
  await signIn('demo-street');
  await page.goto(createdPath);
  await page.getByTestId('project-edit-open').click();
  await form().waitFor();
  // Prefilled with the project as it is.
  expect(await page.getByTestId('project-form-contractor').inputValue()).toBe('东直门建设工程有限公司');
  expect(await page.getByTestId('project-form-plannedStartOn').inputValue()).toBe('2025-09-01');
  expect(await plannedDate('CLOSED').inputValue()).toBe('2026-03-31');
  expect(await page.getByTestId('project-form-item').count()).toBe(5);
  await page.locator('[data-testid="project-form-templateCompoundId"]:enabled').waitFor();
  expect(await page.getByTestId('project-form-templateCompoundId').locator('option:checked').textContent()).toContain('东中街36号楼');

  await page.getByTestId('project-form-contractor').fill('某市政工程有限公司');
  await page.locator('[data-testid="project-form-item"][data-kind="FENCING"] input[name="budget"]').fill('30000.5');
  await screenshot(page, 'renovation-forms-03-edit');
  await page.getByTestId('project-form-submit').click();

  await form().waitFor({ state: 'detached' });
  expect(await page.getByTestId('stage-result').textContent()).toBe('项目已保存。');
  expect(await fact('contractor').textContent()).toBe('某市政工程有限公司');
  expect(await workItem('FENCING').locator('td').nth(1).textContent()).toBe('30,000.5');
  expect(await workItem('ACCESS_CONTROL').locator('td').nth(1).textContent()).toBe('36,000');
  expect(await page.getByTestId('work-total-budget').textContent()).toBe('134,000.5');
  await screenshot(page, 'renovation-forms-04-edited');

  // Stored, not just shown: a fresh load says the same, and the template and dates are untouched.
  await page.reload();
  await page.getByTestId('project-title').waitFor();
  expect(await fact('contractor').textContent()).toBe('某市政工程有限公司');
  expect(await fact('template').textContent()).toBe('东中街36号楼');
  expect(await page.getByTestId('work-total-budget').textContent()).toBe('134,000.5');
  expect(await page.locator('[data-testid="stage-row"][data-stage="CLOSED"] td').first().textContent()).toBe('2026-03-31');

  // Saving with nothing changed sends nothing.
  await page.getByTestId('project-edit-open').click();
  await page.getByTestId('project-form-submit').click();
  expect(await page.getByTestId('project-form-error').textContent()).toBe('没有修改, 无需保存');
});

test('a refusal only the API can make (the compound got a project meanwhile) shows under the compound; the form works by keyboard', async () => {
  await signIn('demo-street');
  await page.goto('/renovation');
  await page.getByTestId('project-create-open').focus();
  await page.keyboard.press('Enter');
  await form().waitFor();
  await chooseCompound('40号楼', '东中街40号楼');
  await page.getByTestId('project-form-plannedStartOn').fill('2025-10-01');

  // "Add a work item" by keyboard puts the focus on the new row's kind.
  await page.getByTestId('project-form-add-item').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'project-form-item-0-kind');
  await page.getByTestId('project-form-item-0-kind').selectOption('ACCESS_CONTROL');
  await page.getByTestId('project-form-item-0-budget').fill('12.345');
  await page.getByTestId('project-form-submit').click();
  expect(await page.getByTestId('project-form-item-0-error-budget').textContent()).toBe('须为不小于 0 的金额, 最多两位小数');
  await page.getByTestId('project-form-item-0-budget').fill('45000');

  // Someone else creates the project for the same compound, with the same session, behind the form's back.
  const compoundId = await page.getByTestId('project-form-compoundId').inputValue();
  const response = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: {
      query: 'mutation ($input: CreateRenovationProjectInput!) { createRenovationProject(input: $input) { id } }',
      variables: { input: { compoundId, plannedStartOn: '2025-10-01' } },
    },
  });
  expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();

  await page.getByTestId('project-form-submit').click();
  expect(await page.getByTestId('project-form-error-compoundId').textContent()).toBe('该小区已有改造项目');
  expect(await page.getByTestId('project-form-compoundId').getAttribute('aria-invalid')).toBe('true');
  // The list is reloaded: the compound now has a project, so none matches "40号楼" any more (the choice stays shown).
  await page
    .getByTestId('project-form-compoundId')
    .locator('xpath=..')
    .locator('.field-hint', { hasText: '没有符合条件且尚无项目的小区' })
    .waitFor();
  await screenshot(page, 'renovation-forms-05-server-error');
});

test('the district official reads projects but is offered neither the new-project nor the edit form', async () => {
  if (!createdPath) throw new Error('the project was not created');
  await signIn('demo-district');
  await page.goto('/renovation');
  await page.getByTestId('project-table').waitFor();
  expect(await page.getByTestId('project-create-open').count()).toBe(0);
  await page.goto(createdPath);
  await page.getByTestId('project-title').waitFor();
  expect(await page.getByTestId('project-edit-open').count()).toBe(0);
});
