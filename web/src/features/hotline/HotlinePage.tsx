'use client';

import type { HotlineAreaInput } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { HOTLINE_ACTIONS } from '@/lib/session/access';
import { useSession } from '@/lib/session/SessionProvider';
import { useHomeDistrict } from '@/lib/use-home-district';
import { ConsoleView } from './ConsoleView';
import { FiguresSection } from './FiguresSection';

/**
 * `/hotline`: the agent's console; for the district and street offices, the hotline figures of
 * their district or street.
 */
export function HotlinePage() {
  const { t } = useI18n();
  const { me } = useSession();
  const home = useHomeDistrict();
  const actions = me ? HOTLINE_ACTIONS[me.role] : undefined;
  const street = me?.role === 'STREET_OFFICER' ? (me.streetId ?? undefined) : undefined;
  const area: HotlineAreaInput | undefined = street
    ? { level: 'STREET', id: street }
    : home.districtId
      ? { level: 'DISTRICT', id: home.districtId }
      : undefined;

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{t.hotline.title}</h1>
          <p className="muted">{actions?.console ? t.hotline.consoleIntro : t.hotline.figuresIntro}</p>
        </div>
      </div>
      {actions?.console && <ConsoleView />}
      {actions?.figures && <FiguresSection area={area} areaLoad={{ error: home.error, retry: home.retry }} canExport={actions.export} />}
    </div>
  );
}
