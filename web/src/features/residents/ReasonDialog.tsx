'use client';

import { ReasonDialog as AuditedReasonDialog } from '@/components/ui/ReasonDialog';
import type { ResidentFilter } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { downloadBase64 } from '@/lib/download';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { formatInteger } from '@/lib/format';
import { ExportResidentsMutation, RevealResidentMutation } from './queries';
import type { ResidentRow } from './ResidentTable';

export type ReasonTarget =
  { kind: 'reveal'; resident: ResidentRow; compoundName: string | undefined } | { kind: 'export'; filter: ResidentFilter; total: number };

interface Props {
  target: ReasonTarget;
  onClose(): void;
  onExported(rows: number, filename: string): void;
}

/**
 * The residents' unmasked reads: one resident (the record is shown in the dialog, and gone once
 * it closes) or an export (the download starts and the dialog closes), each with its reason.
 */
export function ReasonDialog({ target, onClose, onExported }: Props) {
  const { t, locale } = useI18n();
  const d = t.residents.dialog;

  if (target.kind === 'export') {
    return (
      <AuditedReasonDialog
        kind="export"
        title={d.exportTitle}
        subject={t.residents.exportScope(formatInteger(target.total, locale))}
        notice={d.exportNotice}
        placeholder={d.reasonPlaceholder}
        submitLabel={d.exportSubmit}
        onClose={onClose}
        onSubmit={async (reason) => {
          const { exportResidents: file } = await fetchGraphQL(ExportResidentsMutation, { filter: target.filter, reason });
          downloadBase64(file.base64, file.filename, file.mimeType);
          onExported(file.rows, file.filename);
          return null;
        }}
      />
    );
  }

  const resident = target.resident;
  return (
    <AuditedReasonDialog
      kind="reveal"
      title={d.revealTitle}
      subject={
        <>
          {d.target}: {target.compoundName ? `${target.compoundName} ` : ''}
          {t.residents.address(resident.building, resident.unit, resident.room)} <span className="masked">{resident.name}</span>
        </>
      }
      notice={d.auditNotice}
      placeholder={d.reasonPlaceholder}
      submitLabel={d.revealSubmit}
      onClose={onClose}
      onSubmit={async (reason) => {
        const { revealResident: values } = await fetchGraphQL(RevealResidentMutation, { id: resident.id, reason });
        return (
          <>
            <dl className="revealed" data-testid="revealed">
              <div>
                <dt>{t.residents.column.name}</dt>
                <dd data-testid="revealed-name">{values.name}</dd>
              </div>
              <div>
                <dt>{t.residents.column.idNumber}</dt>
                <dd data-testid="revealed-id-number">{values.idNumber ?? t.common.none}</dd>
              </div>
              <div>
                <dt>{t.residents.column.phone}</dt>
                <dd data-testid="revealed-phone">{values.phone ?? t.common.none}</dd>
              </div>
              <div>
                <dt>{t.residents.column.plate}</dt>
                <dd data-testid="revealed-plate">{values.plate ?? t.common.none}</dd>
              </div>
            </dl>
            <p className="notice notice--info" data-testid="revealed-reason">
              {d.recorded(reason)}
            </p>
            <p className="field-hint">{d.closeNote}</p>
          </>
        );
      }}
    />
  );
}
