'use client';

import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentString } from '@/gql/graphql';
import { ApiError } from './errors';
import { fetchGraphQL } from './fetch-graphql';

export type QueryResult<TResult> =
  | { status: 'loading'; data?: undefined; error?: undefined; refetch(): void }
  | { status: 'error'; data?: undefined; error: ApiError; refetch(): void }
  | { status: 'success'; data: TResult; error?: undefined; refetch(): void };

type Settled<TResult> = { key: string; data: TResult } | { key: string; error: ApiError };

/**
 * Fetches `document` whenever its variables change (compared by value). With `skip` nothing is
 * fetched and the result stays `loading`. A result belongs to the request key it was fetched
 * for, so a stale response can never show under new variables.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { skip?: boolean } = {},
): QueryResult<TResult> {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<TResult> | null>(null);
  const variablesKey = JSON.stringify(variables ?? {});
  const key = `${attempt}:${variablesKey}`;
  const skip = options.skip ?? false;

  useEffect(() => {
    if (skip) return;
    const controller = new AbortController();
    fetchGraphQL(document, JSON.parse(variablesKey) as TVariables, controller.signal).then(
      (data) => setSettled({ key, data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError = error instanceof ApiError ? error : new ApiError('UNKNOWN', String(error));
        setSettled({ key, error: apiError });
      },
    );
    return () => controller.abort();
  }, [document, key, variablesKey, skip]);

  const refetch = useCallback(() => setAttempt((n) => n + 1), []);

  if (skip || !settled || settled.key !== key) return { status: 'loading', refetch };
  if ('error' in settled) return { status: 'error', error: settled.error, refetch };
  return { status: 'success', data: settled.data, refetch };
}
