'use client';

import { useEffect, useState } from 'react';
import { CompoundDetailQuery } from '@/features/compound-detail/queries';
import type { CompoundDetail } from '@/features/compound-detail/types';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';

export type CompoundWithGates = Pick<CompoundDetail, 'id' | 'name' | 'gates'>;

/**
 * Compounds (name and gates) by id, fetched once each for the page's lifetime: the key table
 * names each key's compound and gate, and the form lists a compound's gates. A failed lookup
 * is forgotten, so the next render asks again.
 */
const known = new Map<string, Promise<CompoundWithGates | null>>();

function compoundOf(id: string): Promise<CompoundWithGates | null> {
  let compound = known.get(id);
  if (!compound) {
    compound = fetchGraphQL(CompoundDetailQuery, { id }).then(
      ({ compound: c }) => ({ id: c.id, name: c.name, gates: c.gates }),
      () => {
        known.delete(id);
        return null;
      },
    );
    known.set(id, compound);
  }
  return compound;
}

/** The compounds with these ids, as they arrive; a missing entry is still loading (or failed). */
export function useCompoundsWithGates(ids: readonly string[]): ReadonlyMap<string, CompoundWithGates> {
  const [fetched, setFetched] = useState<ReadonlyMap<string, CompoundWithGates>>(new Map());
  const missing = [...new Set(ids)].filter((id) => id && !fetched.has(id)).sort();
  const missingKey = missing.join(',');

  useEffect(() => {
    if (!missingKey) return;
    let live = true;
    void Promise.all(missingKey.split(',').map(compoundOf)).then((compounds) => {
      if (!live) return;
      setFetched((current) => {
        const next = new Map(current);
        for (const compound of compounds) if (compound) next.set(compound.id, compound);
        return next;
      });
    });
    return () => {
      live = false;
    };
  }, [missingKey]);

  return fetched;
}
