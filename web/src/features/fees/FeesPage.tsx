'use client';

import { useRouter, useSearchParams } from 'next/navigation';
import { useState } from 'react';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { ReasonDialog } from '@/components/ui/ReasonDialog';
import { Skeleton } from '@/components/ui/Skeleton';
import type { FeeAreaInput } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { downloadBase64 } from '@/lib/download';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { useQuery } from '@/lib/graphql/use-query';
import { FEE_ACTIONS } from '@/lib/session/access';
import { useSession } from '@/lib/session/SessionProvider';
import { useHomeDistrict } from '@/lib/use-home-district';
import { AdoptionSection } from './AdoptionSection';
import { AreaFilters } from './AreaFilters';
import { ContractPanel } from './ContractPanel';
import { currentMonth, feeArea, feesHref, nextMonth, parseFeesParams, type FeesParams } from './fees-params';
import { LedgerImportPanel } from './LedgerImportPanel';
import { ExportAdoptionReportMutation, FeeAdoptionQuery, FeeContractQuery } from './queries';

const NO_ACTIONS = { adoption: false, contract: false, import: false, export: false };
/** Stands in for the area while it is not known yet (the query is skipped then). */
const NO_AREA: FeeAreaInput = { level: 'DISTRICT', id: '' };

/**
 * `/fees`: property-fee adoption of one area (district → street → compound) month by month,
 * "from zero to one"; for a compound also its contract and the monthly ledger import. The area,
 * the month range and the month drilled into live in the URL.
 */
export function FeesPage() {
  const { t } = useI18n();
  const router = useRouter();
  const { me } = useSession();
  const actions = me ? FEE_ACTIONS[me.role] : NO_ACTIONS;
  const params = parseFeesParams(useSearchParams());
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState<string>();
  const f = t.fees;

  // A street office sees its own street (the API would refuse any other); the district offices choose.
  const ownStreet = me?.role === 'STREET_OFFICER' ? (me.streetId ?? undefined) : undefined;
  const home = useHomeDistrict();
  const district = ownStreet ? undefined : (params.district ?? home.districtId);
  const street = ownStreet ?? params.street;
  const area = feeArea({ district, street, compound: params.compound });
  const rangeOk = !(params.from && params.to && params.from > params.to);

  const adoption = useQuery(
    FeeAdoptionQuery,
    { area: area ?? NO_AREA, fromMonth: params.from, toMonth: params.to },
    { skip: !area || !rangeOk || !actions.adoption },
  );
  const contract = useQuery(FeeContractQuery, { compoundId: params.compound ?? '' }, { skip: !params.compound || !actions.contract });

  const go = (next: FeesParams) => router.push(feesHref(next), { scroll: false });
  const change = (changes: Partial<FeesParams>) => go({ ...params, ...changes });
  const months = adoption.data?.feeAdoption.months ?? [];
  const first = months[0];
  const last = months.at(-1);
  const contractStart = contract.data?.feeContract?.startDate.slice(0, 7);
  const suggestedMonth = last ? nextMonth(last.month) : (contractStart ?? currentMonth());

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{f.title}</h1>
          <p className="muted">{f.intro}</p>
        </div>
        {actions.export && (
          <div className="page-actions">
            <button
              type="button"
              className="button"
              data-testid="fee-export-open"
              disabled={!first || !last}
              onClick={() => {
                setNotice(undefined);
                setExporting(true);
              }}
            >
              {f.export}
            </button>
          </div>
        )}
      </div>

      <p className={notice ? 'notice notice--ok page-notice' : 'visually-hidden'} role="status" data-testid="fee-result">
        {notice}
      </p>

      <AreaFilters district={district} street={street} ownStreet={ownStreet} params={params} onChange={change} />

      {!area ? (
        <div className="panel">
          {home.error ? <ErrorState error={home.error} onRetry={home.retry} /> : <Skeleton lines={6} height={24} />}
        </div>
      ) : adoption.status === 'loading' ? (
        rangeOk && (
          <div className="panel">
            <Skeleton lines={8} height={24} />
          </div>
        )
      ) : adoption.status === 'error' ? (
        <div className="panel">
          <ErrorState
            error={adoption.error}
            onRetry={adoption.error.code === 'NOT_FOUND' ? () => go({}) : adoption.refetch}
            retryLabel={adoption.error.code === 'NOT_FOUND' ? f.reset : undefined}
          />
        </div>
      ) : months.length === 0 ? (
        <div className="panel">
          <EmptyState title={f.empty} testId="fee-empty">
            <p>{f.emptyHint}</p>
          </EmptyState>
        </div>
      ) : (
        <AdoptionSection
          adoption={adoption.data.feeAdoption}
          month={params.month}
          onMonth={(month) => change({ month })}
          onDrill={(level, id) =>
            level === 'STREET' ? change({ street: id, compound: undefined, month: undefined }) : change({ compound: id, month: undefined })
          }
        />
      )}

      {params.compound && actions.contract ? (
        <div className="fee-compound" data-testid="fee-compound">
          <ContractPanel
            key={params.compound}
            compoundId={params.compound}
            contract={contract}
            editable={actions.contract}
            onSaved={() => contract.refetch()}
          />
          {actions.import && (
            <LedgerImportPanel
              key={params.compound}
              compoundId={params.compound}
              hasContract={contract.status === 'success' ? Boolean(contract.data.feeContract) : undefined}
              suggestedMonth={suggestedMonth}
              onStored={adoption.refetch}
            />
          )}
        </div>
      ) : (
        actions.contract && (
          <p className="muted fee-choose-compound" data-testid="fee-choose-compound">
            {f.chooseCompound}
          </p>
        )
      )}

      {exporting && area && first && last && adoption.data && (
        <ReasonDialog
          kind="export"
          title={f.exportTitle}
          subject={f.exportScope(adoption.data.feeAdoption.name, params.from ?? first.month, params.to ?? last.month)}
          notice={f.exportNotice}
          placeholder={f.exportPlaceholder}
          submitLabel={f.exportSubmit}
          onClose={() => setExporting(false)}
          onSubmit={async (reason) => {
            const { exportAdoptionReport: file } = await fetchGraphQL(ExportAdoptionReportMutation, {
              area,
              fromMonth: params.from ?? first.month,
              toMonth: params.to ?? last.month,
              reason,
            });
            downloadBase64(file.base64, file.filename, file.mimeType);
            setExporting(false);
            setNotice(f.exportDone(file.filename));
            return null;
          }}
        />
      )}
    </div>
  );
}
