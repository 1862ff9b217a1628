'use client';

import { useI18n } from '@/i18n/LocaleProvider';
import type { CompoundDetail } from './types';

export function GateTable({ gates }: { gates: CompoundDetail['gates'] }) {
  const { t } = useI18n();
  if (gates.length === 0) return <p className="muted">{t.compound.noGates}</p>;
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="gate-table">
        <thead>
          <tr>
            <th scope="col">{t.compound.gateName}</th>
            <th scope="col">{t.compound.gateKind}</th>
            <th scope="col">{t.compound.gateState}</th>
          </tr>
        </thead>
        <tbody>
          {gates.map((gate) => (
            <tr key={gate.id} data-testid="gate-row">
              <th scope="row">{gate.name}</th>
              <td>{t.enums.gateKind[gate.kind]}</td>
              <td>{t.enums.gateState[gate.state]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
