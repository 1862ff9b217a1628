'use client';

import { useEffect, useRef, useState } from 'react';
import type { GateLiveSubscription, GatePlaceInput } from '@/gql/graphql';

export type GateLiveEvent = GateLiveSubscription['gateLive'];

export type LiveState = { status: 'connecting' } | { status: 'live' } | { status: 'reconnecting' } | { status: 'failed'; code: string };

/**
 * The live feed of one place through /gates/live (Server-Sent Events; see its route for why not a
 * WebSocket). `onEvent` gets every event; `onResync` runs when events may have been missed (the
 * stream or the API's connection came back), so the page refetches. EventSource reconnects by
 * itself after a network error; a refusal (signed out, no access) ends the feed.
 */
export function useGateLive(place: GatePlaceInput | null, handlers: { onEvent(event: GateLiveEvent): void; onResync(): void }): LiveState {
  const [state, setState] = useState<LiveState>({ status: 'connecting' });
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  const level = place?.level;
  const id = place?.id;

  useEffect(() => {
    if (!level || !id) return;
    setState({ status: 'connecting' });
    const source = new EventSource(`/gates/live?${new URLSearchParams({ level, id }).toString()}`);
    let readyBefore = false;
    source.addEventListener('ready', () => {
      if (readyBefore) latest.current.onResync();
      readyBefore = true;
      setState({ status: 'live' });
    });
    source.addEventListener('live', (message: MessageEvent<string>) => {
      const event = JSON.parse(message.data) as GateLiveEvent;
      if (event.kind === 'RESYNC') latest.current.onResync();
      else latest.current.onEvent(event);
    });
    source.addEventListener('failure', (message: MessageEvent<string>) => {
      const { code } = JSON.parse(message.data) as { code: string };
      source.close();
      setState({ status: 'failed', code });
    });
    source.onerror = () => {
      // CLOSED: the browser gave up (e.g. a 4xx); CONNECTING: it retries on its own.
      setState((current) =>
        current.status === 'failed'
          ? current
          : source.readyState === EventSource.CLOSED
            ? { status: 'failed', code: 'SERVICE_UNAVAILABLE' }
            : { status: 'reconnecting' },
      );
    };
    return () => source.close();
  }, [level, id]);

  return state;
}
