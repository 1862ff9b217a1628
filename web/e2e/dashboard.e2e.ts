/**
 * The dashboard in a real Chromium against the real API and the demo data set
 * (东直门街道: 72 compounds; 樱花园小区 in 和平街街道, 朝阳区, with its east and west gates).
 */
import type { Browser, Page } from 'playwright-core';
import { DEMO_IDS } from '../../seeds';
import { launchBrowser, openPage, screenshot } from './browser';
import { startStack, type Stack } from './stack';

let stack: Stack | undefined;
let browser: Browser | undefined;
let page: Page;
let pageErrors: string[];

beforeAll(async () => {
  stack = await startStack();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

beforeEach(async () => {
  if (!browser || !stack) throw new Error('the stack did not start');
  ({ page, pageErrors } = await openPage(browser, stack.webUrl));
});

afterEach(async () => {
  await page.context().close();
  expect(pageErrors).toEqual([]);
});

const streetCell = (street: string, cell: string) => page.getByTestId(`street-row-${street}`).getByTestId(cell);
const firstCompoundName = () => page.getByTestId('compound-row').first().getByTestId('compound-name').textContent();

/** Waits until the table's first compound is (or, with `same: false`, is no longer) `name`. */
async function waitForFirstRow(name: string | null, same: boolean): Promise<void> {
  await page.waitForFunction(
    ([expected, equal]) => {
      const shown = document.querySelector('[data-testid="compound-row"] [data-testid="compound-name"]')?.textContent;
      return shown !== undefined && (shown === expected) === equal;
    },
    [name, same] as const,
  );
}

/** The chosen option's text, once the select has its options (it is disabled while they load). */
async function selectedOption(testId: string): Promise<string | null> {
  const select = page.locator(`[data-testid="${testId}"]:enabled`);
  await select.waitFor();
  return select.locator('option:checked').textContent();
}

async function expectTotal(count: number): Promise<void> {
  await page.locator(`[data-testid="compound-total"][data-count="${count}"]`).waitFor();
}

test('the overview lists 东直门街道 with its 72 compounds', async () => {
  await page.goto('/');
  await streetCell('东直门街道', 'street-compounds').waitFor();

  expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  expect(await selectedOption('district-select')).toBe('东城区');
  expect(await streetCell('东直门街道', 'street-compounds').textContent()).toBe('72');
  expect(await streetCell('东直门街道', 'street-old').textContent()).toBe('42');
  // Both charts drew their SVG.
  expect(await page.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
  expect(await page.locator('.recharts-pie-sector').count()).toBeGreaterThan(0);
  await screenshot(page, '01-overview');
});

test('a street name drills down to its compounds', async () => {
  await page.goto('/');
  await streetCell('东直门街道', 'street-name').getByRole('link').click();

  await page.waitForURL((url) => url.pathname === '/compounds' && url.searchParams.get('street') === DEMO_IDS.dongzhimen);
  await expectTotal(72);
  expect(await selectedOption('filter-street')).toBe('东直门街道');
  expect(await page.getByTestId('compound-row').count()).toBe(20);
  await screenshot(page, '02-drill-down');
});

test('search across all districts finds 樱花园小区, whose page shows its gates and place', async () => {
  await page.goto(`/compounds?district=${DEMO_IDS.dongcheng}&street=${DEMO_IDS.dongzhimen}`);
  await expectTotal(72);

  await page.getByTestId('filter-district').selectOption('');
  await page.waitForURL((url) => !url.searchParams.has('district') && !url.searchParams.has('street'));
  await page.getByTestId('filter-search').fill('樱花园');
  await page.getByTestId('filter-search').press('Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === '樱花园');
  await page.getByTestId('compound-name').getByRole('link', { name: '樱花园小区' }).waitFor();
  await screenshot(page, '03-search');

  await page.getByRole('link', { name: '樱花园小区' }).click();
  await page.waitForURL(`**/compounds/${DEMO_IDS.yinghuayuan}`);
  await page.getByTestId('compound-title').filter({ hasText: '樱花园小区' }).waitFor();
  const gates = await page.getByTestId('gate-row').getByRole('rowheader').allTextContents();
  expect(gates).toEqual(expect.arrayContaining(['东门', '西门']));
  expect(await page.getByTestId('breadcrumb-district').textContent()).toBe('朝阳区');
  expect(await page.getByTestId('breadcrumb-street').textContent()).toBe('和平街街道');
  await screenshot(page, '04-detail');

  // The breadcrumb leads back into the list, filtered to that street.
  await page.getByTestId('breadcrumb-street').click();
  await page.waitForURL((url) => url.pathname === '/compounds' && url.searchParams.get('street') === DEMO_IDS.hepingjie);
  expect(await selectedOption('filter-street')).toBe('和平街街道');
});

test('next then previous page returns to the same first row', async () => {
  await page.goto(`/compounds?street=${DEMO_IDS.dongzhimen}&district=${DEMO_IDS.dongcheng}`);
  await expectTotal(72);
  const first = await firstCompoundName();
  expect(await page.getByTestId('page-previous').isDisabled()).toBe(true);

  await page.getByTestId('page-next').click();
  await page.waitForURL((url) => url.searchParams.has('after'));
  await waitForFirstRow(first, false);
  await screenshot(page, '05-page-2');

  await page.getByTestId('page-previous').click();
  await page.waitForURL((url) => url.searchParams.has('before'));
  await waitForFirstRow(first, true);
  expect(await page.getByTestId('page-previous').isDisabled()).toBe(true);
  expect(await page.getByTestId('page-next').isDisabled()).toBe(false);

  // The back button walks the same pages in reverse.
  await page.goBack();
  await page.waitForURL((url) => url.searchParams.has('after'));
  await waitForFirstRow(first, false);
});

test('the language toggle switches to English and is remembered', async () => {
  await page.goto('/');
  await streetCell('东直门街道', 'street-compounds').waitFor();
  await page.getByTestId('language-toggle').click();

  await page.getByRole('heading', { level: 1, name: 'District overview' }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  expect(await streetCell('东直门街道', 'street-kind').textContent()).toBe('Street');
  await screenshot(page, '06-english-overview');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'District overview' }).waitFor();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Compounds' }).click();
  await page.getByRole('heading', { level: 1, name: 'Compounds' }).waitFor();
  await page.getByRole('columnheader', { name: 'Closure status' }).waitFor();
  await screenshot(page, '07-english-compounds');
});

test('an unknown compound id shows the not-found state', async () => {
  await page.goto('/compounds/00000000-0000-4000-8000-000000000000');
  await page.getByTestId('compound-not-found').waitFor();
  expect(await page.getByRole('link', { name: '返回小区列表' }).getAttribute('href')).toBe('/compounds');
  await screenshot(page, '08-not-found');
});
