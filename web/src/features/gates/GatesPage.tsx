'use client';

import { useSearchParams } from 'next/navigation';
import { ErrorState } from '@/components/ui/ErrorState';
import { Skeleton } from '@/components/ui/Skeleton';
import type { GatePlaceInput } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { useSession } from '@/lib/session/SessionProvider';
import { useHomeDistrict } from '@/lib/use-home-district';
import { GateOperationsView } from './GateOperationsView';
import { parsePlace, parseRange } from './gates-params';

/**
 * `/gates`: a district or street (from the URL), by default the caller's own: a street office its
 * street, the district offices their district. Compounds and gates have their own paths.
 */
export function GatesPage() {
  const query = useSearchParams();
  const { me } = useSession();
  const home = useHomeDistrict();
  const range = parseRange(query.get('range'));
  const requested = parsePlace(query.get('level'), query.get('id'));
  const own: GatePlaceInput | undefined =
    me?.role === 'STREET_OFFICER' && me.streetId
      ? { level: 'STREET', id: me.streetId }
      : home.districtId
        ? { level: 'DISTRICT', id: home.districtId }
        : undefined;
  const place = requested ?? own;
  if (!place) return <Waiting error={home.error} retry={home.retry} />;
  return <GateOperationsView key={`${place.level}:${place.id}`} place={place} range={range} />;
}

/** `/gates/compound/[id]` and `/gates/gate/[id]`. */
export function GatePlacePage({ place }: { place: GatePlaceInput }) {
  const range = parseRange(useSearchParams().get('range'));
  return <GateOperationsView key={`${place.level}:${place.id}`} place={place} range={range} />;
}

function Waiting({ error, retry }: { error: ReturnType<typeof useHomeDistrict>['error']; retry(): void }) {
  const { t } = useI18n();
  return (
    <div className="page">
      <div className="page-head">
        <h1>{t.gateOps.title}</h1>
      </div>
      <div className="panel">{error ? <ErrorState error={error} onRetry={retry} /> : <Skeleton lines={6} height={24} />}</div>
    </div>
  );
}
