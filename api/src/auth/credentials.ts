import { parse } from 'cookie';
import type { Request, Response } from 'express';
import { DEVICE_KEY_PREFIX } from '../devices/device-key.service';
import type { SessionCookie } from '../graphql/context';
import type { Services } from '../services';
import type { Viewer } from './auth.service';

/** The dashboard's session cookie: httpOnly (no script can read it), SameSite=Strict, Secure in production. */
export const SESSION_COOKIE = 'anju_session';

/** The session token from `Authorization: Bearer …` (API clients) or the cookie (the dashboard). */
export function readSessionToken(req: Request): string | null {
  const authorization = req.header('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    return match?.[1] ?? null;
  }
  const cookies = req.header('cookie');
  return cookies ? (parse(cookies)[SESSION_COOKIE] ?? null) : null;
}

export function sessionCookieFor(res: Response, secure: boolean): SessionCookie {
  const options = { httpOnly: true, sameSite: 'strict', secure, path: '/' } as const;
  return {
    set: (token, expiresAt) => res.cookie(SESSION_COOKIE, token, { ...options, expires: expiresAt }),
    clear: () => res.clearCookie(SESSION_COOKIE, options),
  };
}

/** The viewer behind a bearer value: a gate device's key or a user's session token. */
export function authenticateToken(services: Pick<Services, 'auth' | 'deviceKeys'>, token: string): Promise<Viewer | null> {
  return token.startsWith(DEVICE_KEY_PREFIX) ? services.deviceKeys.authenticate(token) : services.auth.authenticate(token);
}
