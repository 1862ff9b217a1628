/**
 * The dashboard in a real Chromium against the real API and the demo data set
 * (东直门街道: 72 compounds; 樱花园小区 in 和平街街道, 朝阳区, with its east and west gates),
 * the demo accounts (one per role, password DEMO_PASSWORD) and the synthetic demo residents of
 * 东中街社区.
 */
import ExcelJS from 'exceljs';
import type { Browser, Cookie, Page } from 'playwright-core';
import { DEMO_IDS, DEMO_PASSWORD, demoResidents, demoRows } from '../../seeds';
import { withCheckCharacter } from '../../seeds/residents';
import { launchBrowser, openPage, screenshot } from './browser';
import { callApi, startStack, totpCode, type Stack } from './stack';

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

function requireStack(): Stack {
  if (!stack) throw new Error('the stack did not start');
  return stack;
}

/**
 * A TOTP code is accepted once per 30 s step, so each account with TOTP signs in through the
 * page once; later tests reuse that session's cookie.
 */
const sessionCookies = new Map<string, Cookie[]>();

/** Fills in the sign-in form (and the TOTP code when the account has one) on the current /login page. */
async function submitLogin(username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  const secret = requireStack().totpSecrets[username];
  if (secret) {
    await page.getByTestId('login-totp').fill(totpCode(secret, 30_000));
    await page.getByTestId('login-submit').click();
  }
}

/** Signs in as `username` through the sign-in page; resolves once the dashboard shows the account. */
async function loginThroughPage(username: string): Promise<void> {
  await page.goto('/login');
  await submitLogin(username);
  await page.getByTestId('user-name').waitFor();
  sessionCookies.set(username, await page.context().cookies());
}

/** A session for `username` in this test's browser context: the cached one, or a new sign-in. */
async function signIn(username: string): Promise<void> {
  const cookies = sessionCookies.get(username);
  if (cookies) await page.context().addCookies(cookies);
  else await loginThroughPage(username);
}

async function navKeys(): Promise<string[]> {
  await page.getByTestId('user-name').waitFor();
  return (
    page
      .getByTestId('side-nav')
      .locator('[data-testid^="nav-"]')
      // A planned page is listed but not a link: marked `:soon`.
      .evaluateAll((items) =>
        items.map((item) => `${item.getAttribute('data-testid') ?? ''}${item.getAttribute('aria-disabled') === 'true' ? ':soon' : ''}`),
      )
  );
}

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

test("the overview lists 东直门街道 with its 72 compounds, and only the district official's district", async () => {
  await signIn('demo-district');
  await page.goto('/');
  await streetCell('东直门街道', 'street-compounds').waitFor();

  expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  expect(await selectedOption('district-select')).toBe('东城区');
  expect(await page.getByTestId('district-select').locator('option').allTextContents()).toEqual(['东城区']);
  expect(await page.getByTestId('user-role').textContent()).toBe('区级工作人员');
  expect(await streetCell('东直门街道', 'street-compounds').textContent()).toBe('72');
  expect(await streetCell('东直门街道', 'street-old').textContent()).toBe('42');
  // Both charts drew their SVG.
  expect(await page.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
  expect(await page.locator('.recharts-pie-sector').count()).toBeGreaterThan(0);
  await screenshot(page, '01-overview');
});

test('a street name drills down to its compounds', async () => {
  await signIn('demo-district');
  await page.goto('/');
  await streetCell('东直门街道', 'street-name').getByRole('link').click();

  await page.waitForURL((url) => url.pathname === '/compounds' && url.searchParams.get('street') === DEMO_IDS.dongzhimen);
  await expectTotal(72);
  expect(await selectedOption('filter-street')).toBe('东直门街道');
  expect(await page.getByTestId('compound-row').count()).toBe(20);
  await screenshot(page, '02-drill-down');
});

test('search across all districts (as the administrator) finds 樱花园小区, whose page shows its gates and place', async () => {
  await signIn('demo-admin');
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
  await signIn('demo-district');
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
  await signIn('demo-district');
  await page.goto('/');
  await streetCell('东直门街道', 'street-compounds').waitFor();
  await page.getByTestId('language-toggle').click();

  await page.getByRole('heading', { level: 1, name: 'District overview' }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  expect(await streetCell('东直门街道', 'street-kind').textContent()).toBe('Street');
  expect(await page.getByTestId('user-role').textContent()).toBe('District official');
  await screenshot(page, '06-english-overview');

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'District overview' }).waitFor();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Compounds' }).click();
  await page.getByRole('heading', { level: 1, name: 'Compounds' }).waitFor();
  await page.getByRole('columnheader', { name: 'Closure status' }).waitFor();
  await screenshot(page, '07-english-compounds');
});

test('an unknown compound id shows the not-found state', async () => {
  await signIn('demo-district');
  await page.goto('/compounds/00000000-0000-4000-8000-000000000000');
  await page.getByTestId('compound-not-found').waitFor();
  expect(await page.getByRole('link', { name: '返回小区列表' }).getAttribute('href')).toBe('/compounds');
  await screenshot(page, '08-not-found');
});

test('pages carry a nonce-based CSP and the security headers, and the CSP blocks nothing of the app', async () => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  await signIn('demo-district');
  const response = await page.goto('/');
  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[\w+/=]+' 'strict-dynamic'/);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY', 'referrer-policy': 'same-origin' });
  expect(headers['strict-transport-security']).toBeUndefined();
  await page.waitForLoadState('networkidle');
  expect(violations).toEqual([]);
});

// ---- Accounts, roles and sessions ----

test('the sign-in page says so when the password is wrong, and offers English', async () => {
  await page.goto('/compounds');
  // No session: the dashboard sends the visitor to sign in, and back here afterwards.
  await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('next') === '/compounds');
  await page.getByRole('heading', { level: 1, name: '登录' }).waitFor();
  // A first visit is no expiry.
  expect(new URL(page.url()).searchParams.has('expired')).toBe(false);
  expect(await page.getByTestId('login-notice').count()).toBe(0);
  expect(await page.getByTestId('side-nav').count()).toBe(0);
  // Built for production: the demo account hint is for development only.
  expect(await page.getByTestId('demo-accounts').count()).toBe(0);

  await submitLogin('demo-community', 'not-the-password-2026');
  expect(await page.getByTestId('login-error').textContent()).toBe('用户名或密码错误, 或账户已被暂时锁定');
  await submitLogin('nobody-at-all', 'not-the-password-2026');
  // The same words whether the account exists or not.
  await page.getByTestId('login-error').filter({ hasText: '用户名或密码错误, 或账户已被暂时锁定' }).waitFor();
  await screenshot(page, '09-login-error');

  await page.getByTestId('language-toggle').click();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByTestId('language-toggle').click();
  await page.getByRole('heading', { level: 1, name: '登录' }).waitFor();

  await submitLogin('demo-community');
  await page.waitForURL((url) => url.pathname === '/compounds');
  await page.getByTestId('compound-table').waitFor();
});

test('a TOTP account is asked for its code; a wrong one is refused', async () => {
  await page.goto('/login');
  await page.getByTestId('login-username').fill('demo-street');
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('login-totp').waitFor();
  await page.getByTestId('login-switch-method').click();
  await page.getByTestId('login-recovery').waitFor();
  await page.getByTestId('login-switch-method').click();
  await page.getByTestId('login-totp').fill('000000');
  await screenshot(page, '10-login-totp');
  await page.getByTestId('login-submit').click();
  await page.getByTestId('login-error').filter({ hasText: '用户名或密码错误' }).waitFor();
  expect(page.url()).toContain('/login');
});

const EXPECTED_NAV: Record<string, { home: string; nav: string[] }> = {
  'demo-district': {
    home: '/',
    nav: [
      'nav-overview',
      'nav-compounds',
      'nav-residents',
      'nav-qualification',
      'nav-renovation',
      'nav-fees',
      'nav-gates',
      'nav-hotline',
      'nav-tickets',
      'nav-templates',
    ],
  },
  'demo-street': {
    home: '/',
    nav: [
      'nav-overview',
      'nav-compounds',
      'nav-residents',
      'nav-qualification',
      'nav-renovation',
      'nav-fees',
      'nav-gates',
      'nav-hotline',
      'nav-tickets',
    ],
  },
  'demo-community': { home: '/compounds', nav: ['nav-compounds', 'nav-residents'] },
  'demo-hotline': {
    home: '/hotline',
    nav: ['nav-hotline', 'nav-tickets', 'nav-templates', 'nav-compounds', 'nav-qualification', 'nav-renovation'],
  },
  'demo-volunteer': { home: '/compounds', nav: ['nav-compounds', 'nav-volunteers:soon'] },
  'demo-auditor': { home: '/audit', nav: ['nav-audit'] },
  'demo-admin': {
    home: '/',
    nav: ['nav-overview', 'nav-compounds', 'nav-users', 'nav-devices', 'nav-auditVerification', 'nav-templates', 'nav-timeLimits'],
  },
};

test('each demo role is offered exactly its pages', async () => {
  for (const [username, expected] of Object.entries(EXPECTED_NAV)) {
    await page.context().clearCookies();
    if (sessionCookies.has(username)) {
      await signIn(username);
      await page.goto(expected.home);
    } else {
      await loginThroughPage(username);
    }
    await page.waitForURL((url) => url.pathname === expected.home);
    expect({ username, nav: await navKeys() }).toEqual({ username, nav: expected.nav });
  }
});

test('the street officer sees only 东直门街道', async () => {
  await signIn('demo-street');
  await page.goto('/');
  await streetCell('东直门街道', 'street-compounds').waitFor();
  expect(await page.getByTestId('street-table').locator('tbody tr').count()).toBe(1);
  expect(await streetCell('东直门街道', 'street-compounds').textContent()).toBe('72');
  expect(await page.getByTestId('district-select').locator('option').allTextContents()).toEqual(['东城区']);

  // The compound list holds their street's compounds, whatever the filters say.
  await page.getByTestId('nav-compounds').click();
  await expectTotal(72);
  await page.getByTestId('filter-search').fill('樱花园');
  await page.getByTestId('filter-search').press('Enter');
  await page.getByTestId('compound-empty').waitFor();
});

test('signing out returns to the sign-in page, and the old session no longer works', async () => {
  await loginThroughPage('demo-hotline');
  await page.waitForURL((url) => url.pathname === '/hotline');
  const before = await page.context().cookies();
  expect(before.some((c) => c.name === 'anju_session' && c.httpOnly && c.sameSite === 'Strict')).toBe(true);

  await page.getByTestId('logout').click();
  await page.waitForURL((url) => url.pathname === '/login');
  await page.getByTestId('login-notice').filter({ hasText: '您已退出登录' }).waitFor();

  // The cookie from before sign-out is dead on the server, not just gone from the browser.
  await page.context().addCookies(before.filter((c) => c.name === 'anju_session'));
  const answer = await page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { username } compounds(first: 1) { totalCount } }' }),
    });
    const body = (await response.json()) as { data?: { me: unknown } | null; errors?: { extensions?: { code?: string } }[] };
    return { me: body.data?.me ?? null, code: body.errors?.[0]?.extensions?.code };
  });
  expect(answer).toEqual({ me: null, code: 'UNAUTHENTICATED' });
  await page.goto('/compounds');
  await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('next') === '/compounds');
});

test('an expired or revoked session leads back to sign-in, then to where the user was', async () => {
  const { graphqlUrl, adminToken } = requireStack();
  await loginThroughPage('demo-volunteer');
  await page.getByTestId('compound-table').waitFor();

  // The cookie is gone (expired): the next page load finds no session.
  await page.context().clearCookies();
  await page.goto('/compounds?old=1');
  await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('expired') === '1');
  expect(new URL(page.url()).searchParams.get('next')).toBe('/compounds?old=1');
  expect(await page.getByTestId('login-notice').textContent()).toBe('会话已过期, 请重新登录');
  await submitLogin('demo-volunteer');
  await page.waitForURL((url) => url.pathname === '/compounds' && url.searchParams.get('old') === '1');
  await page.getByTestId('compound-table').waitFor();

  // Revoked by an administrator while the page is open: the next query is refused, and the user is sent to sign in.
  const { users } = await callApi<{ users: { id: string; username: string }[] }>(graphqlUrl, '{ users { id username } }', {}, adminToken);
  const volunteer = users.find((u) => u.username === 'demo-volunteer');
  const { revokeUserSessions } = await callApi<{ revokeUserSessions: number }>(
    graphqlUrl,
    'mutation ($id: ID!) { revokeUserSessions(id: $id) }',
    { id: volunteer?.id },
    adminToken,
  );
  expect(revokeUserSessions).toBeGreaterThanOrEqual(1);
  await page.getByTestId('compound-name').first().getByRole('link').click();
  await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('expired') === '1');
  expect(new URL(page.url()).searchParams.get('next')).toMatch(/^\/compounds\/[0-9a-f-]{36}$/);
  await page.getByTestId('login-notice').filter({ hasText: '会话已过期, 请重新登录' }).waitFor();
});

test('the administrator creates an account, which enrols its authenticator on first sign-in', async () => {
  await signIn('demo-admin');
  await page.goto('/admin/users');
  await page.locator('[data-testid="user-row"][data-username="demo-auditor"]').waitFor();
  const demoRows = await page.getByTestId('user-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-username')));
  expect(demoRows).toEqual(expect.arrayContaining(['demo-admin', 'demo-district', 'demo-street', 'demo-volunteer']));
  const streetRow = page.locator('[data-testid="user-row"][data-username="demo-street"]');
  await streetRow.getByTestId('user-place').filter({ hasText: '东直门街道' }).waitFor();
  expect(await streetRow.getByTestId('user-totp').textContent()).toBe('是');

  // A street officer: district, then street.
  await page.getByTestId('new-user-username').fill('e2e-street');
  await page.getByTestId('new-user-displayName').fill('东直门街道 测试员');
  await page.getByTestId('new-user-role').selectOption('STREET_OFFICER');
  expect(await page.getByTestId('new-user-communityId').count()).toBe(0);
  await page.locator('[data-testid="new-user-districtId"]:enabled').selectOption({ label: '东城区' });
  await page.locator('[data-testid="new-user-streetId"]:enabled').selectOption({ label: '东直门街道' });
  // The server's password policy, shown at the password field.
  await page.getByTestId('new-user-password').fill('1qaz2wsx3edc');
  await page.getByTestId('create-user-submit').click();
  expect(await page.getByTestId('new-user-error-password').textContent()).toContain('过于常见');

  const password = 'gates-of-dongzhimen-2026';
  await page.getByTestId('new-user-password').fill(password);
  await page.getByTestId('create-user-submit').click();
  await page.getByTestId('users-result').filter({ hasText: '已创建账户 e2e-street' }).waitFor();
  const created = page.locator('[data-testid="user-row"][data-username="e2e-street"]');
  await created.getByTestId('user-place').filter({ hasText: '东直门街道' }).waitFor();
  expect(await created.getByTestId('user-role').textContent()).toBe('街道工作人员');
  expect(await created.getByTestId('user-totp').textContent()).toBe('否');
  await screenshot(page, '11-admin-users');

  // A row action, confirmed in a dialog.
  await created.getByTestId('user-revoke').click();
  await page.getByTestId('confirm-dialog').filter({ hasText: 'e2e-street' }).waitFor();
  await page.getByTestId('confirm-ok').click();
  await page.getByTestId('users-result').filter({ hasText: '已结束账户 e2e-street 的 0 个会话' }).waitFor();

  // The new account signs in: its role needs a second factor, so enrolment comes first.
  await page.context().clearCookies();
  await page.goto('/login');
  await submitLogin('e2e-street', password);
  await page.waitForURL((url) => url.pathname === '/account/security');
  await page.getByTestId('enrolment-required').waitFor();
  await page.getByTestId('totp-start').click();
  expect(await page.getByTestId('totp-secret').textContent()).toMatch(/^[A-Z2-7]{32}$/);
  expect(await page.getByTestId('totp-qr').getAttribute('src')).toMatch(/^data:image\/svg\+xml;utf8,/);
  await page.waitForFunction(() => (document.querySelector('[data-testid="totp-qr"]') as HTMLImageElement | null)?.naturalWidth);
  await screenshot(page, '12-enrolment');

  // Until enrolment is done, other pages send the account back here.
  await page.goto('/compounds');
  await page.waitForURL((url) => url.pathname === '/account/security' && url.searchParams.get('next') === '/compounds');
  expect(await navKeys()).toEqual([]);
  await page.getByTestId('totp-start').click();
  const secret = (await page.getByTestId('totp-secret').textContent()) ?? '';
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByTestId('totp-code').fill('12345');
  await page.getByTestId('totp-confirm').click();
  await page.getByTestId('totp-error').waitFor();
  await page.getByTestId('totp-code').fill(totpCode(secret));
  await page.getByTestId('totp-confirm').click();
  await page.getByTestId('recovery-codes').waitFor();
  const codes = await page.getByTestId('recovery-codes').locator('li').allTextContents();
  expect(codes).toHaveLength(10);
  for (const code of codes) expect(code).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$/);
  await screenshot(page, '13-recovery-codes');
  await page.getByTestId('recovery-codes-saved').click();

  // On to the page asked for before enrolment, scoped to the new account's street.
  await page.waitForURL((url) => url.pathname === '/compounds');
  await expectTotal(72);
  await page.getByTestId('nav-overview').click();
  await streetCell('东直门街道', 'street-compounds').waitFor();
  expect(await page.getByTestId('street-table').locator('tbody tr').count()).toBe(1);
  expect(await navKeys()).toEqual(EXPECTED_NAV['demo-street']!.nav);
});

test('the auditor reads the audit log (their own sign-in included) and sees the hash chain intact', async () => {
  await signIn('demo-auditor');
  await page.goto('/audit');
  await page.locator('[data-testid="audit-verification"][data-state="intact"]').waitFor();
  expect(await page.getByTestId('audit-verification-text').textContent()).toMatch(/^哈希链完好: 已校验 [\d,]+ 条记录$/);

  await page.getByTestId('audit-filter-actor').fill('demo-auditor');
  await page.getByTestId('audit-filter-action').fill('auth.login');
  await page.getByTestId('audit-filter-apply').click();
  await page.waitForURL((url) => url.searchParams.get('actor') === 'demo-auditor');
  await page
    .locator('[data-testid="audit-row"][data-action="auth.login"][data-actor="demo-auditor"][data-outcome="SUCCESS"]')
    .first()
    .waitFor();

  // Unfiltered, newest first, twenty to a page, with cursor paging.
  await page.getByTestId('audit-filters').getByRole('button', { name: '清除筛选' }).click();
  await page.waitForURL((url) => !url.searchParams.has('actor'));
  await page.locator('[data-testid="audit-total"][data-count]').waitFor();
  expect(Number(await page.getByTestId('audit-total').getAttribute('data-count'))).toBeGreaterThan(20);
  const firstSeq = await page.getByTestId('audit-seq').first().textContent();
  await screenshot(page, '14-audit');
  await page.getByTestId('page-next').click();
  await page.waitForURL((url) => url.searchParams.has('after'));
  await page.waitForFunction((seq) => document.querySelector('[data-testid="audit-seq"]')?.textContent !== seq, firstSeq);
  await page.getByTestId('page-previous').click();
  await page.waitForURL((url) => url.searchParams.has('before'));
  await page.waitForFunction((seq) => document.querySelector('[data-testid="audit-seq"]')?.textContent === seq, firstSeq);

  // Place data is not for auditors: a clear "no permission", never a crash.
  await page.goto('/compounds');
  await page.getByTestId('forbidden-state').waitFor();
  expect(await page.getByTestId('compound-table').count()).toBe(0);

  // The password page checks the policy here and shows the server's refusals at their field.
  await page.goto('/account/password');
  await page.getByTestId('password-newPassword').fill('short');
  await page.getByTestId('password-submit').click();
  expect(await page.getByTestId('error-newPassword').textContent()).toBe('至少需要 12 个字符');
  await page.getByTestId('password-currentPassword').fill('not-my-password-2026');
  await page.getByTestId('password-newPassword').fill('audit-trail-stays-intact');
  await page.getByTestId('password-repeat').fill('audit-trail-stays-intact');
  await page.getByTestId('password-submit').click();
  await page.getByTestId('error-currentPassword').filter({ hasText: '当前密码不正确' }).waitFor();
  expect(await page.getByTestId('error-newPassword').count()).toBe(0);
  await screenshot(page, '15-password');
});

test('the administrator sees the hash chain check but not the log', async () => {
  await signIn('demo-admin');
  await page.goto('/audit');
  await page.locator('[data-testid="audit-verification"][data-state="intact"]').waitFor();
  await page.getByTestId('audit-admin-note').waitFor();
  expect(await page.getByTestId('audit-table').count()).toBe(0);
});

// ---- Residents: masked for everyone, revealed or exported only with a reason ----

const DEMO_RESIDENTS = demoResidents();
/** A demo resident with every field filled in, to reveal. */
const FULL_RESIDENT = DEMO_RESIDENTS.find((r) => r.idNumber && r.phone && r.plate)!;
const maskId = (id: string) => `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;

async function expectResidentTotal(count: number): Promise<void> {
  await page.locator(`[data-testid="resident-total"][data-count="${count}"]`).waitFor();
}

/** No unmasked personal value of any demo resident is anywhere in the page's HTML. */
async function expectNothingUnmasked(extra: string[] = []): Promise<void> {
  const html = await page.content();
  const values = DEMO_RESIDENTS.flatMap((r) => [r.name, r.idNumber, r.phone, r.plate]).filter((v): v is string => Boolean(v));
  expect([...values, ...extra].filter((value) => html.includes(value))).toEqual([]);
}

async function lookUp(kind: 'idNumber' | 'phone' | 'plate', value: string): Promise<void> {
  await page.getByTestId('lookup-kind').selectOption(kind);
  await page.getByTestId('lookup-value').fill(value);
  await page.getByTestId('lookup-submit').click();
}

test('the community operator sees its residents masked, and nothing unmasked anywhere in the page', async () => {
  await signIn('demo-community');
  await page.goto('/compounds');
  await page.getByTestId('nav-residents').click();
  await page.waitForURL((url) => url.pathname === '/residents');
  await expectResidentTotal(DEMO_RESIDENTS.length);
  expect(await page.getByTestId('resident-row').count()).toBe(20);
  for (const id of await page.getByTestId('resident-id-number').evaluateAll((cells) => cells.map((c) => c.textContent ?? ''))) {
    if (id !== '—') expect(id).toMatch(/^110101\*{8}\d{3}[\dX]$/);
  }
  for (const name of await page.getByTestId('resident-name').allTextContents()) expect(name).toMatch(/^\p{Script=Han}\*+$/u);
  await page.getByTestId('resident-compound').filter({ hasText: '东中街36号楼' }).first().waitFor();
  // The committee registers; it neither reveals nor exports.
  expect(await page.getByTestId('resident-reveal').count()).toBe(0);
  expect(await page.getByTestId('export-open').count()).toBe(0);
  await page.getByTestId('register-open').waitFor();
  expect(await page.getByTestId('lookup-hint').textContent()).toContain('只能按完整号码精确查找');
  await expectNothingUnmasked();
  await screenshot(page, '16-residents-operator');

  // Exact lookups only: the complete phone number finds the resident, a part of it is refused.
  await lookUp('phone', FULL_RESIDENT.phone!);
  await expectResidentTotal(1);
  expect(await page.getByTestId('resident-phone').textContent()).toBe(
    `${FULL_RESIDENT.phone!.slice(0, 3)}****${FULL_RESIDENT.phone!.slice(-4)}`,
  );
  await lookUp('phone', FULL_RESIDENT.phone!.slice(0, 7));
  await page.getByTestId('lookup-error').waitFor();
  expect(await page.getByTestId('resident-table').count()).toBe(0);
  // The lookup is held in the page, never in the URL.
  expect(page.url()).not.toContain(FULL_RESIDENT.phone!.slice(0, 7));
  await page.getByTestId('lookup-clear').click();
  await expectResidentTotal(DEMO_RESIDENTS.length);

  // Filtered to one compound, with cursor pages.
  const in36 = DEMO_RESIDENTS.filter((r) => r.compoundId === DEMO_IDS.dongzhongjie36).length;
  await page.locator('[data-testid="filter-compound"]:enabled').selectOption({ label: '东中街36号楼' });
  await page.waitForURL((url) => url.searchParams.get('compound') === DEMO_IDS.dongzhongjie36);
  await expectResidentTotal(in36);
  await page.goto('/residents');
  await expectResidentTotal(DEMO_RESIDENTS.length);
  await page.getByTestId('page-next').click();
  await page.waitForURL((url) => url.searchParams.has('after'));
  // The last page: nothing after it.
  await page.locator('[data-testid="page-next"]:disabled').waitFor();
  expect(await page.getByTestId('resident-row').count()).toBe(DEMO_RESIDENTS.length - 20);
});

test('the community operator registers a resident: a wrong ID number is refused at its field, the corrected one appears masked', async () => {
  await signIn('demo-community');
  await page.goto('/residents');
  await expectResidentTotal(DEMO_RESIDENTS.length);
  await page.getByTestId('register-open').click();
  const form = page.getByTestId('register-form');
  await form.locator('[data-testid="register-compoundId"]:enabled').selectOption({ label: '东中街40号楼' });
  await form.getByTestId('register-building').fill('40');
  await form.getByTestId('register-unit').fill('2');
  await form.getByTestId('register-room').fill('502');
  await form.getByTestId('register-name').fill('郑建设');
  const idNumber = withCheckCharacter('11010119850612999');
  const wrongCheck = `${idNumber.slice(0, 17)}${idNumber.endsWith('1') ? '2' : '1'}`;
  await form.getByTestId('register-idNumber').fill(wrongCheck);
  await form.getByTestId('register-phone').fill('139 0000 2026');
  await form.getByTestId('register-plate').fill('京AD12345');
  await form.getByTestId('register-submit').click();
  expect(await form.getByTestId('register-error-idNumber').textContent()).toBe('校验位 (最后一位) 不正确, 请检查是否输错');
  expect(await form.getByTestId('register-idNumber').getAttribute('aria-invalid')).toBe('true');
  await screenshot(page, '17-register-error');

  await form.getByTestId('register-idNumber').fill(idNumber);
  await form.getByTestId('register-submit').click();
  await page.getByTestId('residents-result').filter({ hasText: '已登记 40号楼 2单元 502室' }).waitFor();
  expect(await page.getByTestId('registered-row').textContent()).toContain(maskId(idNumber));
  await expectResidentTotal(DEMO_RESIDENTS.length + 1);
  expect(await form.getByTestId('register-error-idNumber').count()).toBe(0);
  // The form keeps the place for the next neighbour and forgets the person.
  expect(await form.getByTestId('register-name').inputValue()).toBe('');
  expect(await form.getByTestId('register-building').inputValue()).toBe('40');

  await lookUp('idNumber', idNumber);
  await expectResidentTotal(1);
  const row = page.getByTestId('resident-row');
  expect(await row.getByTestId('resident-name').textContent()).toBe('郑**');
  expect(await row.getByTestId('resident-id-number').textContent()).toBe(maskId(idNumber));
  expect(await row.getByTestId('resident-phone').textContent()).toBe('139****2026');
  expect(await row.getByTestId('resident-plate').textContent()).toBe('京A****45');
  expect(await row.getByTestId('resident-compound').textContent()).toBe('东中街40号楼');
  // Typed in by the operator, the full ID number is in the form and the lookup box; nowhere else.
  await page.getByTestId('lookup-value').fill('');
  await form.getByTestId('register-idNumber').fill('');
  await expectNothingUnmasked([idNumber, '郑建设', '13900002026']);
});

test('a street officer reveals one resident with a reason; an empty reason is refused in the browser and by the API', async () => {
  await signIn('demo-street');
  await page.goto('/residents');
  await expectResidentTotal(DEMO_RESIDENTS.length + 1);
  await page.locator('[data-testid="filter-community"]:enabled').selectOption({ label: '东中街社区' });
  await page.waitForURL((url) => url.searchParams.get('community') === DEMO_IDS.dongzhongjieCommunity);
  await lookUp('idNumber', FULL_RESIDENT.idNumber!);
  await expectResidentTotal(1);
  // The box holds what the officer typed; the page holds nothing else unmasked.
  await page.getByTestId('lookup-value').fill('');
  await expectNothingUnmasked();

  await page.getByTestId('resident-reveal').click();
  const dialog = page.getByTestId('reason-dialog');
  expect(await dialog.getByTestId('audit-notice').textContent()).toContain('查看完整信息将记入审计日志');
  await dialog.getByTestId('reason-submit').click();
  expect(await dialog.getByTestId('reason-error').textContent()).toBe('请填写原因, 4-200 个字符');
  await dialog.getByTestId('reason-input').fill('  核实 ');
  await dialog.getByTestId('reason-submit').click();
  await dialog.getByTestId('reason-error').waitFor();
  expect(await dialog.getByTestId('revealed').count()).toBe(0);

  // The API refuses it too, whatever the browser does.
  const refused = await page.evaluate(
    async (id) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation ($id: ID!) { revealResident(id: $id, reason: "   ") { name } }', variables: { id } }),
      });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string; field?: string } }[] };
      return body.errors?.[0]?.extensions;
    },
    await page.getByTestId('resident-row').getAttribute('data-id'),
  );
  expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });

  const reason = '居民来电核实车辆登记';
  await dialog.getByTestId('reason-input').fill(reason);
  await dialog.getByTestId('reason-submit').click();
  await dialog.getByTestId('revealed').waitFor();
  expect(await dialog.getByTestId('revealed-name').textContent()).toBe(FULL_RESIDENT.name);
  expect(await dialog.getByTestId('revealed-id-number').textContent()).toBe(FULL_RESIDENT.idNumber);
  expect(await dialog.getByTestId('revealed-phone').textContent()).toBe(FULL_RESIDENT.phone);
  expect(await dialog.getByTestId('revealed-plate').textContent()).toBe(FULL_RESIDENT.plate);
  expect(await dialog.getByTestId('revealed-reason').textContent()).toContain(reason);
  await screenshot(page, '18-reveal-dialog');

  // Closed, the values are gone from the page.
  await dialog.getByTestId('reason-close').click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByTestId('lookup-value').fill('');
  await expectNothingUnmasked();
});

test('a street officer exports the residents of one compound as an Excel file, with a reason', async () => {
  const in36 = DEMO_RESIDENTS.filter((r) => r.compoundId === DEMO_IDS.dongzhongjie36).length;
  await signIn('demo-street');
  await page.goto(`/residents?community=${DEMO_IDS.dongzhongjieCommunity}&compound=${DEMO_IDS.dongzhongjie36}`);
  await expectResidentTotal(in36);
  await page.getByTestId('export-open').click();
  const dialog = page.locator('[data-testid="reason-dialog"][data-kind="export"]');
  await dialog.getByTestId('audit-notice').filter({ hasText: '审计日志' }).waitFor();
  await dialog.getByTestId('reason-submit').click();
  await dialog.getByTestId('reason-error').waitFor();

  await dialog.getByTestId('reason-input').fill('封闭改造门禁登记核对');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('reason-submit').click()]);
  expect(download.suggestedFilename()).toMatch(/^residents-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const file = await download.path();
  const { readFileSync } = await import('node:fs');
  // An .xlsx is a zip archive.
  expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
  await page
    .getByTestId('residents-result')
    .filter({ hasText: `已导出 ${in36} 条记录` })
    .waitFor();
  expect(await page.getByTestId('reason-dialog').count()).toBe(0);
});

test('the hotline agent is offered no residents page, and /residents says no permission', async () => {
  // Its cached session ended with the sign-out test: sign in afresh.
  await loginThroughPage('demo-hotline');
  expect(await navKeys()).not.toContain('nav-residents');
  await page.goto('/residents');
  await page.getByTestId('forbidden-state').waitFor();
  expect(await page.getByTestId('resident-table').count()).toBe(0);
  expect(await page.getByTestId('lookup-form').count()).toBe(0);
});

// ---- Gate devices: registered at a gate, a key shown once that ingests, rotated, revoked, retired ----

test('the administrator registers a device at 樱花园小区 东门: its key is shown once and ingests, a rotated or revoked key is refused, a retired device ingests nothing', async () => {
  const { graphqlUrl } = requireStack();
  const ingestUrl = graphqlUrl.replace(/\/graphql$/, '/ingest/gate-events');
  let sent = 0;
  /** Posts one PASS event with `key`; the status and how many were accepted. */
  const ingest = async (key: string): Promise<[number, number | undefined]> => {
    sent += 1;
    const response = await fetch(ingestUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify([
        { eventId: `e2e-devices-${sent}`, at: new Date().toISOString(), kind: 'PASS', payload: { method: 'FACE', direction: 'IN' } },
      ]),
    });
    const body = (await response.json()) as { accepted?: number };
    return [response.status, body.accepted];
  };
  const result = (text: string) => page.getByTestId('devices-result').filter({ hasText: text }).waitFor();
  const newKey = async (): Promise<string> => {
    const value = page.getByTestId('new-device-key').getByTestId('new-device-key-value');
    await value.waitFor();
    return (await value.textContent()) ?? '';
  };

  await signIn('demo-admin');
  await page.goto('/');
  await page.getByTestId('nav-devices').click();
  await page.waitForURL((url) => url.pathname === '/admin/devices');
  await page.getByRole('heading', { level: 1, name: '门禁设备' }).waitFor();
  await page.getByTestId('devices-no-gate').waitFor();

  // District → street → compound → gate: the gate's registered devices, with the API's online flag.
  const picker = page.getByTestId('device-gate-picker');
  await picker.locator('[data-testid="device-pick-districtId"]:enabled').selectOption({ label: '朝阳区' });
  await picker.locator('[data-testid="device-pick-streetId"]:enabled').selectOption({ label: '和平街街道' });
  await picker.locator('[data-testid="device-pick-compoundId"]:enabled').selectOption(DEMO_IDS.yinghuayuan);
  await picker.locator('[data-testid="device-pick-gateId"]:enabled').selectOption(DEMO_IDS.yinghuayuanEastGate);
  const total = page.locator('[data-testid="devices-total"][data-count]');
  await total.waitFor();
  const before = Number(await total.getAttribute('data-count'));
  const seeded = page.locator('[data-testid="device-row"][data-serial="YHY-E-FACE-01"]');
  expect(await seeded.getByTestId('device-kind').textContent()).toBe('人脸识别门禁');
  expect(await seeded.getByTestId('device-status').textContent()).toBe('在用');
  await screenshot(page, 'devices-01-gate');

  // Checked in the browser first, then by the API (a serial already registered for the vendor).
  const form = page.locator('[data-testid="device-form"][data-mode="register"]');
  await form.getByTestId('device-form-submit').click();
  expect(await form.getByTestId('device-form-error-kind').textContent()).toBe('请选择设备类型');
  await form.getByTestId('device-form-kind').selectOption('FACE_DOOR');
  await form.getByTestId('device-form-vendor').fill('海康威视');
  await form.getByTestId('device-form-serial').fill('YHY-E-FACE-01');
  await form.getByTestId('device-form-firmware').fill('V5.6.0');
  await form.getByTestId('device-form-heartbeatIntervalSeconds').fill('3');
  await form.getByTestId('device-form-submit').click();
  expect(await form.getByTestId('device-form-error-heartbeatIntervalSeconds').textContent()).toBe('须为 5-86400 之间的整数 (秒)');
  await form.getByTestId('device-form-heartbeatIntervalSeconds').fill('30');
  await form.getByTestId('device-form-submit').click();
  await form.getByTestId('device-form-error-serial').filter({ hasText: '该厂商的这个序列号已经登记' }).waitFor();
  expect(await form.getByTestId('device-form-serial').getAttribute('aria-invalid')).toBe('true');
  const serial = 'YHY-E-FACE-09';
  const name = `海康威视 ${serial}`;
  await form.getByTestId('device-form-serial').fill(serial);
  await form.getByTestId('device-form-submit').click();

  // The first key, this once; the table has the device, offline until it is heard from.
  const first = await newKey();
  expect(first).toMatch(/^anju_d_[\w-]{43}$/);
  expect(await page.getByTestId('new-device-key-warning').textContent()).toContain('密钥只显示这一次');
  await result(`已在 樱花园小区 东门 登记设备 ${name}`);
  await page.locator(`[data-testid="devices-total"][data-count="${before + 1}"]`).waitFor();
  const row = page.locator(`[data-testid="device-row"][data-serial="${serial}"]`);
  expect(await row.getByTestId('device-key-prefix').textContent()).toBe(`${first.slice(0, 11)}…`);
  expect(await row.getByTestId('device-status').textContent()).toBe('在用');
  expect(await row.getByTestId('device-heartbeat').textContent()).toBe('30 秒');
  expect(await row.getByTestId('device-online').textContent()).toBe('离线');
  expect(await row.getByTestId('device-last-seen').textContent()).toBe('从未上线');
  expect(await form.getByTestId('device-form-submit').isDisabled()).toBe(true);
  expect(page.url()).not.toContain(first);
  const stored = await page.evaluate(() => [...Object.values(localStorage), ...Object.values(sessionStorage), document.cookie].join('\n'));
  expect(stored).not.toContain(first);
  await screenshot(page, 'devices-02-registered');
  await page.getByTestId('new-device-key-done').click();
  await page.getByTestId('new-device-key').waitFor({ state: 'detached' });

  // The key ingests; the device is then online (the API's flag), also in maintenance.
  expect(await ingest(first)).toEqual([200, 1]);
  await row.getByTestId('device-maintenance').click();
  await result(`设备 ${name} 已设为维护中`);
  await row.locator('[data-testid="device-status"]').filter({ hasText: '维护中' }).waitFor();
  await row.locator('[data-testid="device-online"]').filter({ hasText: '在线' }).waitFor();
  await row.getByTestId('device-resume').click();
  await result(`设备 ${name} 已恢复在用`);

  // Edited in place.
  await row.getByTestId('device-edit').click();
  const edit = page.locator('[data-testid="device-form"][data-mode="edit"]');
  await edit.getByTestId('device-form-firmware').fill('V5.7.0');
  await edit.getByTestId('device-form-submit').click();
  await result(`已修改设备 ${name}`);
  await row.getByTestId('device-firmware').filter({ hasText: 'V5.7.0' }).waitFor();

  // Rotated behind a confirmation: the old key is refused, the new one (shown once) accepted.
  await row.getByTestId('device-rotate').click();
  await page.getByTestId('confirm-dialog').filter({ hasText: name }).waitFor();
  await page.getByTestId('confirm-ok').click();
  await result(`已轮换设备 ${name} 的密钥`);
  const second = await newKey();
  expect(second).not.toBe(first);
  await row
    .getByTestId('device-key-prefix')
    .filter({ hasText: second.slice(0, 11) })
    .waitFor();
  expect((await ingest(first))[0]).toBe(401);
  expect(await ingest(second)).toEqual([200, 1]);
  await screenshot(page, 'devices-03-rotated');
  await page.getByTestId('new-device-key-done').click();

  // One key revoked: refused from the next request on.
  await row.getByTestId('device-key-revoke').click();
  await page
    .getByTestId('confirm-dialog')
    .filter({ hasText: second.slice(0, 11) })
    .waitFor();
  await page.getByTestId('confirm-ok').click();
  await result(`已吊销密钥 ${second.slice(0, 11)}…`);
  await row.getByTestId('device-keys').filter({ hasText: '无有效密钥' }).waitFor();
  expect((await ingest(second))[0]).toBe(401);

  // Given a key again, then retired: every key is refused and the device can no longer be changed.
  await row.getByTestId('device-rotate').click();
  await page.getByTestId('confirm-ok').click();
  const third = await newKey();
  expect(await ingest(third)).toEqual([200, 1]);
  await page.getByTestId('new-device-key-done').click();
  await row.getByTestId('device-retire').click();
  await page.getByTestId('confirm-dialog').filter({ hasText: name }).waitFor();
  await page.getByTestId('confirm-ok').click();
  await result(`已停用设备 ${name}`);
  await row.locator('[data-testid="device-status"]').filter({ hasText: '已停用' }).waitFor();
  expect(await row.getByTestId('device-rotate').count()).toBe(0);
  expect(await row.getByTestId('device-keys').textContent()).toBe('无有效密钥');
  expect((await ingest(third))[0]).toBe(401);
  await screenshot(page, 'devices-04-retired');

  // Other roles are not offered the page, and are told so.
  await page.context().clearCookies();
  await signIn('demo-auditor');
  await page.goto('/admin/devices');
  await page.getByTestId('forbidden-state').waitFor();
  expect(await page.getByTestId('device-form').count()).toBe(0);
});

// ---- Closure qualification and renovation projects ----

/** An old compound of 东直门街道 the seed leaves without a caretaker (失管): blocked, and the page says why. */
const UNMANAGED = demoRows().compounds.find(
  (c) => c.streetId === DEMO_IDS.dongzhimen && c.isOld && c.caretaker === null && c.propertyRights === 'UNCLEAR',
)!;

async function streetCount(street: string, cell: string): Promise<string | null> {
  return page.getByTestId(`qualification-street-${street}`).getByTestId(cell).textContent();
}

test('the candidates view says in plain Chinese why an unmanaged compound is blocked, and its detail shows every criterion and the assessment', async () => {
  expect(UNMANAGED).toBeDefined();
  await signIn('demo-street');
  await page.goto('/');
  await page.getByTestId('nav-qualification').click();
  await page.waitForURL((url) => url.pathname === '/qualification');
  await page.getByRole('heading', { level: 1, name: '改造资格' }).waitFor();
  await page.getByTestId('qualification-street-东直门街道').waitFor();
  // The 42 old compounds of the street, each in one of the three groups.
  expect(await streetCount('东直门街道', 'count-total')).toBe('42');
  const [qualified, nearly, blocked] = (await Promise.all(
    ['count-qualified', 'count-nearly', 'count-blocked'].map(async (cell) => Number(await streetCount('东直门街道', cell))),
  )) as [number, number, number];
  expect(qualified + nearly + blocked).toBe(42);
  expect(qualified).toBeGreaterThan(0);
  expect(blocked).toBeGreaterThan(0);
  await page.locator('[data-testid="candidate-total"][data-count="42"]').waitFor();
  // Qualified first (the default sort), each row with its result.
  expect(await page.getByTestId('candidate-row').first().getAttribute('data-status')).toBe('QUALIFIED');
  await screenshot(page, '20-candidates');

  await page.getByTestId('filter-search').fill(UNMANAGED.name);
  await page.getByTestId('filter-search').press('Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === UNMANAGED.name);
  const row = page.locator(`[data-testid="candidate-row"][data-compound-id="${UNMANAGED.id}"]`);
  await row.waitFor();
  expect(await row.getAttribute('data-status')).toBe('BLOCKED');
  expect(await row.getByTestId('qualification-status').textContent()).toBe('不具备');
  const missing = (await row.getByTestId('candidate-missing').textContent()) ?? '';
  expect(missing).toContain('无专人盯守维护（失管）');
  expect(missing).toContain('产权单位不清');

  // The status filter is in the URL; the counts per street ignore it (they label the statuses).
  // Clicked rather than checked: the box follows the URL, which changes a moment later.
  await page.getByTestId('candidate-filter-status-QUALIFIED').click();
  await page.waitForURL((url) => url.searchParams.get('status') === 'QUALIFIED');
  await page.getByTestId('candidate-empty').waitFor();
  expect(await streetCount('东直门街道', 'count-blocked')).toBe('1');
  await page.getByTestId('candidate-filter-status-QUALIFIED').click();
  await page.waitForURL((url) => !url.searchParams.has('status'));
  await row.waitFor();

  await row.getByTestId('candidate-detail').click();
  await page.waitForURL(`**/qualification/${UNMANAGED.id}`);
  await page.getByTestId('qualification-title').filter({ hasText: UNMANAGED.name }).waitFor();
  const caretaker = page.locator('[data-testid="criterion-row"][data-criterion="CARETAKER"]');
  expect(await caretaker.getAttribute('data-outcome')).toBe('FAILED');
  expect(await caretaker.getByTestId('criterion-explanation').textContent()).toBe('无专人盯守维护（失管）');
  expect(
    await page.locator('[data-testid="criterion-row"][data-criterion="WILLINGNESS"]').getByTestId('criterion-threshold').textContent(),
  ).toBe('≥ 50%');
  expect(await page.getByTestId('qualification-summary').textContent()).toMatch(/^\d 项未满足：/);
  const assessment = page.getByTestId('assessment-row').first();
  await assessment.waitFor();
  expect(await assessment.getByTestId('assessment-evidence').textContent()).toBe('2020-06 街道入户问卷与现场核查');
  expect(await assessment.getByTestId('assessment-recorded-by').textContent()).toBe('东直门街道城市管理办（演示数据）');
  // The street office records assessments: the form opens prefilled, and evidence is required.
  await page.getByTestId('assessment-open').click();
  await page.getByTestId('assessment-submit').click();
  expect(await page.getByTestId('assessment-error-evidence').textContent()).toBe('请填写依据, 2-500 个字符');
  expect(await page.getByTestId('assessment-hasCaretaker').inputValue()).toBe('no');
  await screenshot(page, '21-qualification-detail');
});

test('a district official tries a lower willingness threshold: the what-if shows what changes and saves nothing', async () => {
  await signIn('demo-district');
  await page.goto('/qualification');
  await page.getByTestId('qualification-street-东直门街道').waitFor();
  const before = await Promise.all(['count-qualified', 'count-nearly', 'count-blocked'].map((cell) => streetCount('东直门街道', cell)));
  await page.locator('[data-testid="rules-active"][data-version="1"]').waitFor();
  expect(await page.getByTestId('threshold-willing').locator('dd').textContent()).toBe('50%');
  expect(await page.getByTestId('rule-version-row').count()).toBe(1);
  // The street office's form is not offered to the district.
  expect(await page.getByTestId('assessment-open').count()).toBe(0);

  expect(await page.getByTestId('rule-minWillingShare').inputValue()).toBe('50');
  await page.getByTestId('rule-minWillingShare').fill('30');
  await page.getByTestId('what-if-run').click();
  const result = page.getByTestId('what-if-result');
  await result.waitFor();
  expect(await result.getByTestId('what-if-nothing-saved').textContent()).toContain('不保存任何内容');
  expect(Number(await result.getAttribute('data-changed'))).toBeGreaterThan(0);
  const street = result.getByTestId('what-if-street-东直门街道');
  expect(await street.getByTestId('qualified-now').textContent()).toBe(before[0]);
  expect(Number(await street.getByTestId('changed').textContent())).toBeGreaterThan(0);
  const change = result.getByTestId('what-if-change').first();
  expect(await change.getAttribute('data-after')).not.toBe(await change.getAttribute('data-before'));
  expect(await change.getByTestId('what-if-reasons').textContent()).toMatch(/居民付费意愿 [\d.]+%，达到 30%/);
  await screenshot(page, '22-what-if');

  // Nothing was saved: the same counts, still one rule version.
  await page.reload();
  await page.getByTestId('qualification-street-东直门街道').waitFor();
  await page.locator('[data-testid="rules-active"][data-version="1"]').waitFor();
  const after = await Promise.all(['count-qualified', 'count-nearly', 'count-blocked'].map((cell) => streetCount('东直门街道', cell)));
  expect(after).toEqual(before);
  expect(await page.getByTestId('rule-version-row').count()).toBe(1);
});

test('the renovation progress shows 东直门街道 with 8 projects and over 1,000,000 yuan, and the 7 overdue projects raise alerts', async () => {
  await signIn('demo-district');
  await page.goto('/');
  await page.getByTestId('nav-renovation').click();
  await page.waitForURL((url) => url.pathname === '/renovation');
  const street = page.getByTestId('progress-street-东直门街道');
  await street.waitFor();
  expect(await street.getByTestId('street-projects-count').textContent()).toBe('8');
  expect(Number(await street.getByTestId('street-budget').getAttribute('data-value'))).toBeGreaterThan(1_000_000);
  expect(await page.getByTestId('progress-projects').textContent()).toBe('8');
  expect(await page.getByTestId('progress-overdue').textContent()).toBe('7');
  expect(await page.getByTestId('renovation-funnel').locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
  expect(await page.getByTestId('renovation-investment').locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
  await page.getByTestId('finished-timeline').getByRole('link', { name: '东中街36号楼' }).waitFor();

  // The overdue alerts: the 7 under construction since July 2020, due in August.
  await page.locator('[data-testid="alerts-total"][data-count="7"]').waitFor();
  expect(await page.getByTestId('alert-row').count()).toBe(7);
  for (const stage of await page.getByTestId('alert-stage').allTextContents()) expect(stage).toBe('已封闭');
  await page.locator('[data-testid="project-total"][data-count="8"]').waitFor();
  await screenshot(page, '23-renovation-progress');

  // Drill-down: the street, then a compound's project.
  await street.getByTestId('progress-street-link').click();
  await page.waitForURL((url) => url.searchParams.get('street') === DEMO_IDS.dongzhimen);
  await page.getByTestId('progress-title').filter({ hasText: '东直门街道' }).waitFor();
  await page.getByTestId('street-projects').getByRole('link', { name: '东中街36号楼' }).click();
  await page.waitForURL((url) => /^\/renovation\/[0-9a-f-]{36}$/.test(url.pathname));
  await page.getByTestId('project-title').filter({ hasText: '东中街36号楼' }).waitFor();
  expect(await page.locator('[data-testid="project-current-stage"]').getAttribute('data-stage')).toBe('HANDED_OVER');
  // The district follows; it does not move stages.
  expect(await page.getByTestId('stage-actions').count()).toBe(0);
});

test('a street officer advances a project under construction, sees the step in its history, and a repeated step is refused', async () => {
  await signIn('demo-street');
  await page.goto('/renovation?stage=UNDER_CONSTRUCTION');
  await page.locator('[data-testid="project-total"][data-count="7"]').waitFor();
  const first = page.getByTestId('project-row').first();
  const name = (await first.getByTestId('project-compound').textContent()) ?? '';
  await first.getByTestId('project-compound').getByRole('link').click();
  await page.waitForURL((url) => /^\/renovation\/[0-9a-f-]{36}$/.test(url.pathname));
  const projectId = new URL(page.url()).pathname.split('/').pop()!;
  await page.getByTestId('project-title').filter({ hasText: name }).waitFor();
  expect(await page.getByTestId('overdue-badge').first().isVisible()).toBe(true);
  expect(await page.getByTestId('project-fact-template').textContent()).toContain('东中街36号楼');

  const advance = page.getByTestId('advance-open');
  expect(await advance.textContent()).toBe('推进到「已封闭」');
  await advance.click();
  await page
    .getByTestId('confirm-dialog')
    .filter({ hasText: `将 ${name} 从「施工中」推进到「已封闭」` })
    .waitFor();
  await page.getByTestId('confirm-ok').click();
  await page.getByTestId('stage-result').filter({ hasText: '已推进到「已封闭」' }).waitFor();
  expect(await page.getByTestId('project-current-stage').getAttribute('data-stage')).toBe('CLOSED');
  const step = page.locator('[data-testid="history-row"][data-kind="ADVANCE"][data-to="CLOSED"]');
  await step.waitFor();
  expect(await step.getByTestId('history-actor').textContent()).toBe('demo-street');
  expect(await step.getByTestId('history-change').textContent()).toBe('施工中 → 已封闭');
  expect(await page.getByTestId('advance-open').textContent()).toBe('推进到「已移交物业」');
  await screenshot(page, '24-project-detail');

  // The same step again (a second tab, a double click) is refused by the API with the stage it may move to.
  const refused = await page.evaluate(async (id) => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($id: ID!) { advanceRenovationStage(id: $id, input: { toStage: CLOSED }) { id } }',
        variables: { id },
      }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string; allowed?: string[] } }[] };
    return body.errors?.[0]?.extensions;
  }, projectId);
  expect(refused).toMatchObject({ code: 'ILLEGAL_STAGE_TRANSITION', allowed: ['HANDED_OVER'] });

  // Its overdue alert moves on to the next stage it has not reached (the handover, planned 2020-09-30).
  await page.goto('/renovation');
  await page.locator('[data-testid="alerts-total"][data-count="7"]').waitFor();
  expect(
    await page.locator(`[data-testid="alert-row"][data-project-id="${projectId}"]`).getByTestId('alert-stage').getAttribute('data-stage'),
  ).toBe('HANDED_OVER');
});

// ---- Property fees (/fees): demo bills of 东中街36号楼 from 2020-07 and of the 7 compounds after it from 2020-09, to 2021-06 ----

const LEDGER_HEADER = ['小区编号', '楼号', '单元', '房号', '建筑面积', '月份', '应收', '实收', '缴费日期'];
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A ledger workbook in the documented layout (sheet 台账, header in row 1). */
async function ledgerWorkbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(LEDGER_HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const monthRow = (month: string) => page.locator(`[data-testid="fee-month-row"][data-month="${month}"]`);
const statValue = async (testId: string) => Number(await page.getByTestId(testId).getAttribute('data-value'));

async function uploadLedger(name: string, buffer: Buffer): Promise<void> {
  await page.getByTestId('ledger-file').setInputFiles({ name, mimeType: XLSX_MIME, buffer });
  await page.getByTestId('ledger-upload').click();
}

test('a street officer follows fee adoption in 东直门街道 from July 2020, month by month and down to its compounds', async () => {
  await signIn('demo-street');
  await page.goto('/');
  await page.getByTestId('nav-fees').click();
  await page.waitForURL((url) => url.pathname === '/fees');
  await page.getByTestId('fee-title').filter({ hasText: '东直门街道' }).waitFor();
  expect(await page.getByTestId('fee-adoption').getAttribute('data-level')).toBe('STREET');
  // Their own street only: no district to choose, no other street.
  expect(await page.getByTestId('fee-district').count()).toBe(0);
  expect(await page.getByTestId('fee-street').locator('option').allTextContents()).toEqual(['东直门街道']);

  // From the first billed month (36号楼, July 2020) to the last (June 2021): the trend has its lines.
  expect(await page.getByTestId('fee-latest-month').getAttribute('data-month')).toBe('2021-06');
  const trend = page.getByTestId('fee-trend');
  expect(await trend.getAttribute('data-months')).toBe('12');
  expect(await trend.locator('.recharts-line-curve').count()).toBe(3);
  expect(await page.getByTestId('fee-stat-rate').textContent()).toMatch(/^\d{1,3}(\.\d)?%$/);
  const latestRate = await statValue('fee-stat-rate');
  expect(await statValue('fee-stat-billed')).toBeGreaterThan(0);
  expect(await statValue('fee-stat-paying')).toBeGreaterThan(0);
  // From zero to one: July 2020's rate is far below June 2021's.
  const firstRate = Number(await monthRow('2020-07').getByTestId('fee-rate').getAttribute('data-value'));
  expect(firstRate).toBeGreaterThan(0);
  expect(latestRate).toBeGreaterThan(firstRate * 2);

  // One level down for June 2021: the 8 compounds with a contract.
  await monthRow('2021-06').getByTestId('fee-breakdown-toggle').click();
  await page.waitForURL((url) => url.searchParams.get('month') === '2021-06');
  const breakdown = page.getByTestId('fee-breakdown');
  await breakdown.getByTestId('fee-breakdown-row').first().waitFor();
  expect(await breakdown.getAttribute('data-level')).toBe('COMPOUND');
  expect(await breakdown.getByTestId('fee-breakdown-row').count()).toBe(8);
  await screenshot(page, '25-fee-adoption');

  // A compound's name opens its own figures, with its contract.
  await breakdown.getByRole('button', { name: '东中街36号楼' }).click();
  await page.waitForURL((url) => url.searchParams.get('compound') === DEMO_IDS.dongzhongjie36 && !url.searchParams.has('month'));
  await page.getByTestId('fee-title').filter({ hasText: '东中街36号楼' }).waitFor();
  expect(await page.getByTestId('fee-adoption').getAttribute('data-level')).toBe('COMPOUND');
  expect(await page.getByTestId('fee-contract-fact-fee').textContent()).toContain('1.00 元/平方米/月');
  expect(await page.getByTestId('fee-contract-fact-start-date').textContent()).toContain('2020-07-01');
  expect(await page.getByTestId('fee-breakdown-toggle').count()).toBe(0);
});

test('a street officer imports ledgers: one with errors is listed row by row and stores nothing, the corrected one is stored', async () => {
  const compound = DEMO_IDS.dongzhongjie36;
  await signIn('demo-street');
  await page.goto(`/fees?compound=${compound}`);
  await page.getByTestId('fee-title').filter({ hasText: '东中街36号楼' }).waitFor();
  const before = { paying: await statValue('fee-stat-paying'), billed: await statValue('fee-stat-billed') };
  expect(await page.getByTestId('fee-latest-month').getAttribute('data-month')).toBe('2021-06');
  // The month offered is the one after the last billed.
  await page.waitForFunction(
    () => (document.querySelector('[data-testid="ledger-month"]') as HTMLInputElement | null)?.value === '2021-07',
  );

  // A wrong file type or an oversized file is refused before anything is sent.
  await page.getByTestId('ledger-file').setInputFiles({ name: 'ledger.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b') });
  expect(await page.getByTestId('ledger-file-error').textContent()).toContain('.xlsx');
  await page
    .getByTestId('ledger-file')
    .setInputFiles({ name: 'huge.xlsx', mimeType: XLSX_MIME, buffer: Buffer.alloc(20 * 1024 * 1024 + 1) });
  expect(await page.getByTestId('ledger-file-error').textContent()).toContain('20 MB');

  // A negative payment and a wrong month: both listed, nothing stored.
  const bad = await ledgerWorkbook([
    [compound, '1', '1', '101', 50, '2021-07', 50, 50, '2021-07-10'],
    [compound, '1', '1', '102', 60, '2021-07', 60, -20, null],
    [compound, '1', '1', '201', 55.5, '2021-08', 55.5, 0, null],
  ]);
  await uploadLedger('ledger-2021-07-bad.xlsx', bad);
  await page.locator('[data-testid="ledger-status"][data-state="FAILED"]').waitFor();
  expect(await page.getByTestId('ledger-failed').textContent()).toContain('共 2 处错误, 未保存任何数据');
  const errors = page.getByTestId('ledger-error-row');
  await errors.first().waitFor();
  expect(await errors.count()).toBe(2);
  const listed = await errors.evaluateAll((rows) =>
    rows.map((row) => [row.getAttribute('data-row'), row.getAttribute('data-column'), row.getAttribute('data-kind')]),
  );
  expect(listed).toEqual([
    ['3', 'H', 'NEGATIVE_AMOUNT'],
    ['4', 'F', 'WRONG_MONTH'],
  ]);
  const reasons = await page.getByTestId('ledger-error-reason').allTextContents();
  expect(reasons[0]).toContain('为负数');
  expect(reasons[1]).toContain('2021-07');
  expect(await errors.first().locator('td').first().textContent()).toBe('台账');
  // The figures are as they were.
  expect(await page.getByTestId('fee-latest-month').getAttribute('data-month')).toBe('2021-06');
  expect(await statValue('fee-stat-paying')).toBe(before.paying);
  await screenshot(page, '26-ledger-errors');

  // The template for 2021-07: the compound's households with their bills; every one pays on the 15th.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('ledger-template').click()]);
  expect(download.suggestedFilename()).toBe('ledger-template-2021-07.xlsx');
  const { readFileSync } = await import('node:fs');
  const template = new ExcelJS.Workbook();
  await template.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
  const sheet = template.getWorksheet('台账')!;
  let households = 0;
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    row.getCell(8).value = row.getCell(7).value;
    row.getCell(9).value = '2021-07-15';
    households += 1;
  });
  expect(households).toBe(before.billed);
  const good = Buffer.from(await template.xlsx.writeBuffer());

  await uploadLedger('ledger-2021-07.xlsx', good);
  await page.locator('[data-testid="ledger-status"][data-state="DONE"]').waitFor();
  const progress = page.getByTestId('ledger-progress');
  expect(await progress.getAttribute('aria-valuenow')).toBe('100');
  expect(await page.getByTestId('ledger-state').textContent()).toBe('已完成 100%');
  expect(await page.getByTestId('ledger-done').getAttribute('data-rows')).toBe(String(households));
  // The figures now run to July 2021, with every household paying.
  await page.locator('[data-testid="fee-latest-month"][data-month="2021-07"]').waitFor();
  expect(await statValue('fee-stat-paying')).toBe(households);
  expect(await page.getByTestId('fee-stat-rate').textContent()).toBe('100%');
  await screenshot(page, '27-ledger-done');

  // The same file again is the same import: said so, and nothing runs again.
  await uploadLedger('ledger-2021-07.xlsx', good);
  await page.getByTestId('ledger-duplicate').waitFor();
  expect(await page.getByTestId('ledger-status').getAttribute('data-state')).toBe('DONE');
});

test('a district official drills from 东城区 to its streets and exports the adoption report with a reason', async () => {
  await signIn('demo-district');
  await page.goto('/fees');
  await page.getByTestId('fee-title').filter({ hasText: '东城区' }).waitFor();
  expect(await page.getByTestId('fee-adoption').getAttribute('data-level')).toBe('DISTRICT');
  const latest = (await page.getByTestId('fee-latest-month').getAttribute('data-month'))!;
  await monthRow(latest).getByTestId('fee-breakdown-toggle').click();
  const breakdown = page.getByTestId('fee-breakdown');
  await breakdown.locator('[data-testid="fee-breakdown-row"][data-name="东直门街道"]').waitFor();
  expect(await breakdown.getAttribute('data-level')).toBe('STREET');

  await page.getByTestId('fee-export-open').click();
  const dialog = page.locator('[data-testid="reason-dialog"][data-kind="export"]');
  expect(await dialog.getByTestId('reason-dialog-subject').textContent()).toContain(`东城区 2020-07 至 ${latest}`);
  await dialog.getByTestId('reason-submit').click();
  expect(await dialog.getByTestId('reason-error').textContent()).toBe('请填写原因, 4-200 个字符');
  await dialog.getByTestId('reason-input').fill('向区住建委报送收缴情况');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('reason-submit').click()]);
  expect(download.suggestedFilename()).toBe(`fee-adoption-2020-07-${latest}.xlsx`);
  const { readFileSync } = await import('node:fs');
  const report = new ExcelJS.Workbook();
  await report.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
  expect(report.worksheets.map((w) => w.name)).toEqual(['逐月', '下级']);
  await page.getByTestId('fee-result').filter({ hasText: '已记入审计日志' }).waitFor();
  expect(await page.getByTestId('reason-dialog').count()).toBe(0);
});
