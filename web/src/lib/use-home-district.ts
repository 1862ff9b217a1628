'use client';

import { DistrictOptionsQuery } from '@/lib/geography-queries';
import { useQuery } from '@/lib/graphql/use-query';
import { useSession } from '@/lib/session/SessionProvider';

/**
 * The district a page is about: the account's own, or (a street office or the hotline, bound
 * below or beside a district) the first one the API lets it see. Undefined while loading.
 */
export function useHomeDistrict(): { districtId: string | undefined; error: ReturnType<typeof useQuery>['error']; retry(): void } {
  const { me } = useSession();
  const own = me?.districtId ?? undefined;
  const districts = useQuery(DistrictOptionsQuery, {}, { skip: Boolean(own) || !me });
  return { districtId: own ?? districts.data?.districts[0]?.id, error: districts.error, retry: districts.refetch };
}
