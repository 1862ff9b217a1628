'use client';

import { useEffect, useState } from 'react';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { ResidentCompoundNameQuery } from './queries';

/** Compound names are place data, not personal data: kept for the page's lifetime, fetched once each. */
const known = new Map<string, Promise<string | null>>();

function nameOf(id: string): Promise<string | null> {
  let name = known.get(id);
  if (!name) {
    name = fetchGraphQL(ResidentCompoundNameQuery, { id }).then(
      ({ compound }) => compound.name,
      () => {
        known.delete(id);
        return null;
      },
    );
    known.set(id, name);
  }
  return name;
}

/** Names of the compounds the table shows: from the option list when it has them, else asked for. */
export function useCompoundNames(
  ids: readonly string[],
  options: readonly { id: string; name: string }[] | undefined,
): ReadonlyMap<string, string> {
  const [fetched, setFetched] = useState<ReadonlyMap<string, string>>(new Map());
  const fromOptions = new Map((options ?? []).map((o) => [o.id, o.name]));
  const missing = [...new Set(ids)].filter((id) => !fromOptions.has(id) && !fetched.has(id)).sort();
  const missingKey = missing.join(',');

  useEffect(() => {
    if (!missingKey) return;
    let live = true;
    const wanted = missingKey.split(',');
    void Promise.all(wanted.map(async (id) => [id, await nameOf(id)] as const)).then((pairs) => {
      if (!live) return;
      setFetched((current) => {
        const next = new Map(current);
        for (const [id, name] of pairs) if (name) next.set(id, name);
        return next;
      });
    });
    return () => {
      live = false;
    };
  }, [missingKey]);

  return new Map([...fetched, ...fromOptions]);
}
