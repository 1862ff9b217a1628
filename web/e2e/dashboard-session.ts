import type { Browser, Cookie, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../seeds';
import { launchBrowser, openPage } from './browser';
import { startStack, totpCode, type Stack } from './stack';

export interface DashboardSession {
  /** The stack of this test file; throws when it did not start. */
  readonly stack: Stack;
  /** The current test's page (a fresh browser context per test). */
  readonly page: Page;
  /** Signs `username` in through /login once per file (TOTP where the account has it), then reuses its cookie. */
  signIn(username: string): Promise<void>;
}

/**
 * The hooks every browser-test file needs: one stack and one Chromium for the file, a fresh page
 * per test that must end without uncaught page errors, and sign-in once per account, because a
 * TOTP code is accepted once per 30 s step. Call it at the top level of the test file.
 */
export function useDashboardSession(): DashboardSession {
  let stack: Stack | undefined;
  let browser: Browser | undefined;
  let current: { page: Page; pageErrors: string[] } | undefined;
  const sessionCookies = new Map<string, Cookie[]>();

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
    current = await openPage(browser, stack.webUrl);
  });

  afterEach(async () => {
    if (!current) return;
    await current.page.context().close();
    expect(current.pageErrors).toEqual([]);
  });

  const session: DashboardSession = {
    get stack(): Stack {
      if (!stack) throw new Error('the stack did not start');
      return stack;
    },
    get page(): Page {
      if (!current) throw new Error('no page: use it inside a test');
      return current.page;
    },
    async signIn(username: string): Promise<void> {
      const page = session.page;
      const cookies = sessionCookies.get(username);
      if (cookies) {
        await page.context().addCookies(cookies);
        return;
      }
      await page.goto('/login');
      await page.getByTestId('login-username').fill(username);
      await page.getByTestId('login-password').fill(DEMO_PASSWORD);
      await page.getByTestId('login-submit').click();
      const secret = session.stack.totpSecrets[username];
      if (secret) {
        await page.getByTestId('login-totp').fill(totpCode(secret, 30_000));
        await page.getByTestId('login-submit').click();
      }
      await page.getByTestId('user-name').waitFor();
      sessionCookies.set(username, await page.context().cookies());
    },
  };
  return session;
}
