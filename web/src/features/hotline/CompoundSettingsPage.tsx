'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { ErrorState } from '@/components/ui/ErrorState';
import { ForbiddenState } from '@/components/ui/ForbiddenState';
import { FormField } from '@/components/ui/FormField';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import type { HotlineCompoundSettingsQuery as SettingsResult, NonFaceMethod } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatDateTime } from '@/lib/format';
import { asApiError, errorMessage, reasonMessage } from '@/lib/graphql/errors';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { useQuery } from '@/lib/graphql/use-query';
import { HOTLINE_SETTINGS_EDITORS } from '@/lib/session/access';
import { useSession } from '@/lib/session/SessionProvider';
import { HotlineCompoundSettingsQuery, SetHotlineCompoundProfileMutation } from './settings-queries';

const NON_FACE_METHODS: readonly NonFaceMethod[] = ['CARD', 'QR_CODE', 'PIN'];
/** The server's limits (api/src/hotline/hotline.types.ts HotlineCompoundProfileInput). */
const TEXT_MAX = 100;
const GATE_HOURS_MAX = 60;

/**
 * What the API answers with while the street office has recorded nothing (profileOf in
 * api/src/hotline/compose.ts); the place and hours come from the card's own answer values.
 */
const DEFAULT_SWITCHES = {
  homeVisits: true,
  familyPhotos: true,
  nonFaceMethods: NON_FACE_METHODS,
  faceDataOnDevice: true,
  vendorFiled: false,
};

type Gate = SettingsResult['compound']['gates'][number];
type Card = SettingsResult['hotlineCard'];

interface Draft {
  enrolmentPlace: string;
  enrolmentHours: string;
  homeVisits: boolean;
  familyPhotos: boolean;
  nonFaceMethods: readonly NonFaceMethod[];
  faceDataOnDevice: boolean;
  vendorFiled: boolean;
  /** Hours by gate id; an empty string records none. */
  gateHours: Record<string, string>;
}

/** Errors by field: enrolmentPlace, enrolmentHours, nonFaceMethods, or `gate:<id>`. */
type FieldErrors = Partial<Record<string, string>>;

function startingDraft(card: Card): Draft {
  const profile = card.profile;
  if (profile) {
    return {
      ...profile,
      gateHours: Object.fromEntries(profile.gateHours.map((g) => [g.gateId, g.hours])),
    };
  }
  const faceValues = card.answers.find((a) => a.category === 'FACE_REGISTRATION')?.values ?? [];
  const valueOf = (name: string) => faceValues.find((v) => v.name === name)?.value ?? '';
  return { enrolmentPlace: valueOf('enrolmentPlace'), enrolmentHours: valueOf('enrolmentHours'), ...DEFAULT_SWITCHES, gateHours: {} };
}

const charCount = (value: string) => [...value.trim()].length;

/** The server's checks, so most mistakes are shown before a round trip. */
function checkDraft(draft: Draft, openGates: readonly Gate[], m: ReturnType<typeof useI18n>['t']['hotline']['settings']): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of ['enrolmentPlace', 'enrolmentHours'] as const) {
    const length = charCount(draft[field]);
    if (length === 0) errors[field] = m.required;
    else if (length > TEXT_MAX) errors[field] = m.maxLength(TEXT_MAX);
  }
  if (draft.nonFaceMethods.length === 0) errors.nonFaceMethods = m.pickOne;
  for (const gate of openGates) {
    if (charCount(draft.gateHours[gate.id] ?? '') > GATE_HOURS_MAX) errors[`gate:${gate.id}`] = m.maxLength(GATE_HOURS_MAX);
  }
  return errors;
}

function SettingsForm({ card, gates, onSaved }: { card: Card; gates: readonly Gate[]; onSaved(): void }) {
  const { t } = useI18n();
  const m = t.hotline.settings;
  const [draft, setDraft] = useState<Draft>(() => startingDraft(card));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const openGates = gates.filter((g) => g.state === 'OPEN');
  const isDefault = card.profile === null;
  const defaultNote = isDefault ? `（${m.defaultBadge}）` : undefined;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(undefined);
    const found = checkDraft(draft, openGates, m);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    // The API replaces every gate's hours at once: hours of gates that are not open now are kept as recorded.
    const gateHours = gates.map((g) => ({ gateId: g.id, hours: (draft.gateHours[g.id] ?? '').trim() })).filter((g) => g.hours.length > 0);
    setBusy(true);
    try {
      await fetchGraphQL(SetHotlineCompoundProfileMutation, {
        input: {
          compoundId: card.compoundId,
          enrolmentPlace: draft.enrolmentPlace.trim(),
          enrolmentHours: draft.enrolmentHours.trim(),
          homeVisits: draft.homeVisits,
          familyPhotos: draft.familyPhotos,
          nonFaceMethods: [...draft.nonFaceMethods],
          faceDataOnDevice: draft.faceDataOnDevice,
          vendorFiled: draft.vendorFiled,
          gateHours,
        },
      });
      setBusy(false);
      onSaved();
    } catch (caught) {
      setBusy(false);
      const refused = asApiError(caught);
      const gateField = /^input\.gateHours\[(\d+)\]\.(hours|gateId)$/.exec(refused.field ?? '');
      if (refused.code === 'BAD_USER_INPUT' && gateField) {
        const gate = gateHours[Number(gateField[1])];
        const message = gateField[2] === 'gateId' ? m.notOwnGate : reasonMessage(refused.reason, t);
        if (gate) setErrors({ [`gate:${gate.gateId}`]: message });
        else setFormError(message);
      } else if (refused.code === 'BAD_USER_INPUT' && refused.field?.startsWith('input.')) {
        const field = refused.field.slice('input.'.length);
        const message = field === 'nonFaceMethods' ? m.pickOne : reasonMessage(refused.reason, t);
        if (field === 'enrolmentPlace' || field === 'enrolmentHours' || field === 'nonFaceMethods') setErrors({ [field]: message });
        else setFormError(message);
      } else {
        setFormError(errorMessage(refused, t));
      }
    }
  };

  return (
    <form onSubmit={submit} noValidate data-testid="settings-form">
      <Panel title={m.enrolment}>
        <div className="form-grid">
          <FormField
            label={m.enrolmentPlace}
            name="enrolmentPlace"
            testIdPrefix="settings"
            labelNote={defaultNote}
            error={errors.enrolmentPlace}
            wide
          >
            {(props) => (
              <input {...props} type="text" value={draft.enrolmentPlace} onChange={(e) => set('enrolmentPlace', e.target.value)} />
            )}
          </FormField>
          <FormField
            label={m.enrolmentHours}
            name="enrolmentHours"
            testIdPrefix="settings"
            labelNote={defaultNote}
            hint={m.enrolmentHoursHint}
            error={errors.enrolmentHours}
            wide
          >
            {(props) => (
              <input {...props} type="text" value={draft.enrolmentHours} onChange={(e) => set('enrolmentHours', e.target.value)} />
            )}
          </FormField>
          <div className="field field--wide">
            <label className="checkbox">
              <input
                type="checkbox"
                data-testid="settings-homeVisits"
                checked={draft.homeVisits}
                onChange={(e) => set('homeVisits', e.target.checked)}
              />{' '}
              {m.homeVisits}
              {defaultNote && <span className="field-optional">{defaultNote}</span>}
            </label>
            <label className="checkbox">
              <input
                type="checkbox"
                data-testid="settings-familyPhotos"
                checked={draft.familyPhotos}
                onChange={(e) => set('familyPhotos', e.target.checked)}
              />{' '}
              {m.familyPhotos}
              {defaultNote && <span className="field-optional">{defaultNote}</span>}
            </label>
          </div>
          <fieldset
            className="field field--wide checkbox-group"
            aria-invalid={errors.nonFaceMethods ? true : undefined}
            aria-describedby={errors.nonFaceMethods ? 'settings-nonFace-error' : undefined}
          >
            <legend>
              {m.nonFace}
              {defaultNote && <span className="field-optional">{defaultNote}</span>}
            </legend>
            {NON_FACE_METHODS.map((method) => (
              <label key={method} className="checkbox">
                <input
                  type="checkbox"
                  data-testid={`settings-nonFace-${method}`}
                  checked={draft.nonFaceMethods.includes(method)}
                  onChange={(e) =>
                    set(
                      'nonFaceMethods',
                      NON_FACE_METHODS.filter((other) => (other === method ? e.target.checked : draft.nonFaceMethods.includes(other))),
                    )
                  }
                />{' '}
                {m.nonFaceMethod[method]}
              </label>
            ))}
            {errors.nonFaceMethods && (
              <p id="settings-nonFace-error" className="field-error" role="alert" data-testid="settings-error-nonFaceMethods">
                {errors.nonFaceMethods}
              </p>
            )}
          </fieldset>
        </div>
      </Panel>

      <Panel title={m.privacy}>
        <div className="field field--wide">
          <label className="checkbox">
            <input
              type="checkbox"
              data-testid="settings-faceDataOnDevice"
              checked={draft.faceDataOnDevice}
              onChange={(e) => set('faceDataOnDevice', e.target.checked)}
            />{' '}
            {m.faceDataOnDevice}
            {defaultNote && <span className="field-optional">{defaultNote}</span>}
          </label>
          <label className="checkbox">
            <input
              type="checkbox"
              data-testid="settings-vendorFiled"
              checked={draft.vendorFiled}
              onChange={(e) => set('vendorFiled', e.target.checked)}
            />{' '}
            {m.vendorFiled}
            {defaultNote && <span className="field-optional">{defaultNote}</span>}
          </label>
        </div>
      </Panel>

      <Panel title={m.gates}>
        <p className="field-hint">{m.gatesHint}</p>
        {openGates.length === 0 ? (
          <p className="muted" data-testid="settings-no-open-gates">
            {m.noOpenGates}
          </p>
        ) : (
          <div className="form-grid">
            {openGates.map((gate) => (
              <FormField key={gate.id} label={gate.name} name={`gate-${gate.id}`} testIdPrefix="settings" error={errors[`gate:${gate.id}`]}>
                {(props) => (
                  <input
                    {...props}
                    type="text"
                    data-gate-name={gate.name}
                    placeholder="06:00-24:00"
                    value={draft.gateHours[gate.id] ?? ''}
                    onChange={(e) => set('gateHours', { ...draft.gateHours, [gate.id]: e.target.value })}
                  />
                )}
              </FormField>
            ))}
          </div>
        )}
      </Panel>

      {formError && (
        <p className="form-error" role="alert" data-testid="settings-error">
          {formError}
        </p>
      )}
      <div className="form-grid-actions">
        <button type="submit" className="button button--primary" data-testid="settings-save" disabled={busy}>
          {busy ? m.saving : m.save}
        </button>
      </div>
    </form>
  );
}

/**
 * `/hotline/compounds/[id]/settings`: what the street office records for 12345 about one of its
 * compounds, the article's defaults while nothing is recorded, and the answers the hotline gives
 * with them (refreshed after every save).
 */
export function CompoundSettingsPage({ compoundId }: { compoundId: string }) {
  const { t, locale } = useI18n();
  const m = t.hotline.settings;
  const { me } = useSession();
  const mayEdit = me ? HOTLINE_SETTINGS_EDITORS.includes(me.role) : false;
  const settings = useQuery(HotlineCompoundSettingsQuery, { compoundId }, { skip: !mayEdit });
  const [saved, setSaved] = useState(false);

  if (me && !mayEdit) {
    return (
      <div className="page">
        <ForbiddenState titleAs="h1" />
        <p className="muted">{m.forbidden}</p>
      </div>
    );
  }

  const card = settings.data?.hotlineCard;
  return (
    <div className="page">
      <p className="breadcrumb">
        <Link href="/hotline/tickets">{m.back}</Link>
      </p>
      <div className="page-head">
        <div>
          <h1 data-testid="settings-title">{card ? `${card.name} · ${m.title}` : m.title}</h1>
          {card && <p className="muted">{m.place(card.streetName, card.communityName)}</p>}
          <p className="muted">{m.intro}</p>
        </div>
      </div>
      {settings.status === 'loading' ? (
        <div className="panel">
          <Skeleton lines={8} height={24} />
        </div>
      ) : settings.status === 'error' ? (
        <div className="panel">
          <ErrorState error={settings.error} onRetry={settings.refetch} />
        </div>
      ) : (
        <div className="panel-grid">
          <div>
            {saved && (
              <p className="notice notice--ok page-notice" role="status" data-testid="settings-saved">
                {m.saved}
              </p>
            )}
            {settings.data.hotlineCard.profile ? (
              <p className="muted" data-testid="settings-updated">
                {m.updated(formatDateTime(settings.data.hotlineCard.profile.updatedAt, locale))}
              </p>
            ) : (
              <p className="notice page-notice" data-testid="settings-defaults">
                {m.defaults}
              </p>
            )}
            <SettingsForm
              key={settings.data.hotlineCard.profile?.updatedAt ?? 'defaults'}
              card={settings.data.hotlineCard}
              gates={settings.data.compound.gates}
              onSaved={() => {
                setSaved(true);
                settings.refetch();
              }}
            />
          </div>
          <Panel title={m.answers}>
            <dl className="settings-answers">
              {settings.data.hotlineCard.answers
                .filter((a) => a.category === 'FACE_REGISTRATION' || a.category === 'PROGRESS')
                .map((answer) => (
                  <div key={answer.category} className="fact" data-testid="settings-answer" data-category={answer.category}>
                    <dt>{answer.title}</dt>
                    <dd className="template-body">{answer.script}</dd>
                  </div>
                ))}
            </dl>
          </Panel>
        </div>
      )}
    </div>
  );
}
