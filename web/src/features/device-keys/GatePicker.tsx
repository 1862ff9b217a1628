'use client';

import { SelectField } from '@/components/ui/FormField';
import { CompoundListQuery } from '@/features/compounds/queries';
import { useI18n } from '@/i18n/LocaleProvider';
import { DistrictOptionsQuery, StreetOptionsQuery } from '@/lib/geography-queries';
import { useQuery } from '@/lib/graphql/use-query';
import { useCompoundsWithGates } from './compound-gates';

export interface GatePick {
  districtId: string;
  streetId: string;
  compoundId: string;
  gateId: string;
}

export const NO_GATE: GatePick = { districtId: '', streetId: '', compoundId: '', gateId: '' };

/** The compound list's page maximum: a street has fewer compounds than this. */
const COMPOUND_LIMIT = 100;

interface Props {
  value: GatePick;
  onChange(next: GatePick): void;
}

/** "樱花园小区 东门" for a pick, once its compound has loaded; empty otherwise. */
export function usePlaceName(pick: GatePick): string {
  const compound = useCompoundsWithGates(pick.compoundId ? [pick.compoundId] : []).get(pick.compoundId);
  const gate = compound?.gates.find((g) => g.id === pick.gateId);
  return compound && gate ? `${compound.name} ${gate.name}` : '';
}

/** District → street → compound → gate; each choice clears the ones below it. */
export function GatePicker({ value, onChange }: Props) {
  const { t } = useI18n();
  const p = t.devices.pick;
  const districts = useQuery(DistrictOptionsQuery, {});
  const streets = useQuery(StreetOptionsQuery, { districtId: value.districtId }, { skip: !value.districtId });
  const compounds = useQuery(
    CompoundListQuery,
    {
      filter: { districtId: value.districtId, streetId: value.streetId },
      sort: { field: 'NAME', direction: 'ASC' },
      first: COMPOUND_LIMIT,
    },
    { skip: !value.streetId },
  );
  const gates = useCompoundsWithGates(value.compoundId ? [value.compoundId] : []).get(value.compoundId)?.gates;
  const truncated = compounds.data?.compounds.pageInfo.hasNextPage ?? false;

  return (
    <div className="form-grid" data-testid="device-gate-picker">
      <SelectField
        testIdPrefix="device-pick"
        label={p.district}
        name="districtId"
        value={value.districtId}
        options={districts.data?.districts}
        placeholder={p.choose}
        onChange={(districtId) => onChange({ ...NO_GATE, districtId })}
      />
      <SelectField
        testIdPrefix="device-pick"
        label={p.street}
        name="streetId"
        value={value.streetId}
        options={value.districtId ? streets.data?.streets : undefined}
        placeholder={value.districtId ? p.choose : t.compounds.chooseDistrictFirst}
        onChange={(streetId) => onChange({ ...NO_GATE, districtId: value.districtId, streetId })}
      />
      <SelectField
        testIdPrefix="device-pick"
        label={p.compound}
        name="compoundId"
        hint={truncated ? p.tooManyCompounds(COMPOUND_LIMIT) : undefined}
        value={value.compoundId}
        options={value.streetId ? compounds.data?.compounds.edges.map((e) => e.node) : undefined}
        placeholder={value.streetId ? p.choose : t.compounds.chooseStreetFirst}
        onChange={(compoundId) => onChange({ ...value, compoundId, gateId: '' })}
      />
      <SelectField
        testIdPrefix="device-pick"
        label={p.gate}
        name="gateId"
        hint={gates?.length === 0 ? p.noGates : undefined}
        value={value.gateId}
        options={
          value.compoundId
            ? gates?.map((g) => ({ id: g.id, name: p.gateOption(g.name, t.enums.gateKind[g.kind], t.enums.gateState[g.state]) }))
            : undefined
        }
        placeholder={value.compoundId ? p.choose : p.chooseCompoundFirst}
        onChange={(gateId) => onChange({ ...value, gateId })}
      />
    </div>
  );
}
