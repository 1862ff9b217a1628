'use client';

import { usePathname, useRouter } from 'next/navigation';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SessionMeFragment } from '@/gql/graphql';
import { ApiError } from '@/lib/graphql/errors';
import { fetchGraphQL, onSessionError } from '@/lib/graphql/fetch-graphql';
import { isAccountPath, isPublicPath, loginHref } from './access';
import { LogoutMutation, MeQuery } from './queries';

export type SessionUser = SessionMeFragment;

type SessionState =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  /**
   * `me` null: not signed in. `leavingFrom`: the page the user just signed out (or was signed
   * out) on; the sign-in page is on its way, so that page must not redirect again.
   */
  | { status: 'ready'; me: SessionUser | null; leavingFrom?: string };

interface SessionContextValue {
  state: SessionState;
  /** The signed-in account, once known. */
  me: SessionUser | null;
  /** After a sign-in or enrolment: the account as the API now sees it. */
  setMe(me: SessionUser): void;
  reload(): void;
  logout(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/**
 * Remembers that this browser had a session, so that finding none later reads as "your session
 * has expired" rather than a plain sign-in. Not a secret: the session itself is an httpOnly cookie.
 */
const SIGNED_IN_KEY = 'anju-signed-in';

function remember(signedIn: boolean): void {
  try {
    if (signedIn) localStorage.setItem(SIGNED_IN_KEY, '1');
    else localStorage.removeItem(SIGNED_IN_KEY);
  } catch {
    // Storage can be disabled; the only loss is the "expired" wording.
  }
}

function hadSession(): boolean {
  try {
    return localStorage.getItem(SIGNED_IN_KEY) === '1';
  } catch {
    return false;
  }
}

const currentLocation = () => `${window.location.pathname}${window.location.search}`;

/** Whether the account must enrol its second factor before anything else. */
export const needsEnrolment = (me: SessionUser) => me.secondFactorRequired && !me.secondFactor;

/**
 * Loads the signed-in account (`me`) and keeps every page behind a session: no session sends
 * the user to sign in, a pending TOTP enrolment or an expired password to the account pages.
 * Any operation answered with UNAUTHENTICATED (expired or revoked session) does the same.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const router = useRouter();
  const pathname = usePathname();
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetchGraphQL(MeQuery, {}, controller.signal, false).then(
      ({ me }) => setState({ status: 'ready', me: me ?? null }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        // `me` answers null or UNAUTHENTICATED without a session: either way, not signed in.
        if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') setState({ status: 'ready', me: null });
        else setState({ status: 'error', error: error instanceof ApiError ? error : new ApiError('UNKNOWN', String(error)) });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const me = state.status === 'ready' ? state.me : null;
  const leaving = state.status === 'ready' && state.leavingFrom === pathname;

  useEffect(() => {
    if (me) remember(true);
  }, [me]);

  // The gate: where a page without the session it needs sends the user.
  useEffect(() => {
    if (state.status !== 'ready' || leaving || isPublicPath(pathname)) return;
    if (!me) {
      const expired = hadSession();
      remember(false);
      router.replace(loginHref(currentLocation(), expired));
    } else if (needsEnrolment(me) && pathname !== '/account/security') {
      router.replace(`/account/security?next=${encodeURIComponent(currentLocation())}`);
    } else if (me.passwordExpired && !needsEnrolment(me) && pathname !== '/account/password') {
      router.replace(`/account/password?next=${encodeURIComponent(currentLocation())}`);
    }
  }, [state.status, me, leaving, pathname, router]);

  // What other operations learn about the session.
  useEffect(
    () =>
      onSessionError((error) => {
        if (isPublicPath(window.location.pathname)) return;
        if (error.code === 'UNAUTHENTICATED') {
          remember(false);
          setState({ status: 'ready', me: null, leavingFrom: window.location.pathname });
          router.replace(loginHref(currentLocation(), true));
        } else if (error.code === 'SECOND_FACTOR_ENROLMENT_REQUIRED' && !isAccountPath(window.location.pathname)) {
          router.replace(`/account/security?next=${encodeURIComponent(currentLocation())}`);
        } else if (error.code === 'PASSWORD_EXPIRED' && !isAccountPath(window.location.pathname)) {
          router.replace(`/account/password?next=${encodeURIComponent(currentLocation())}`);
        }
      }),
    [router],
  );

  const setMe = useCallback((next: SessionUser) => {
    remember(true);
    setState({ status: 'ready', me: next });
  }, []);

  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const logout = useCallback(async () => {
    try {
      await fetchGraphQL(LogoutMutation, {});
    } catch {
      // Signed out already (expired or revoked); the cookie is useless either way.
    }
    remember(false);
    setState({ status: 'ready', me: null, leavingFrom: window.location.pathname });
    router.replace('/login?signedOut=1');
  }, [router]);

  const value = useMemo(() => ({ state, me, setMe, reload, logout }), [state, me, setMe, reload, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}
