'use client';

import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ErrorState } from '@/components/ui/ErrorState';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import { Pagination } from '@/features/compounds/Pagination';
import type { LedgerImportFieldsFragment, LedgerImportState } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { downloadBase64 } from '@/lib/download';
import { formatDateTime, formatInteger } from '@/lib/format';
import { ApiError, errorMessage, reasonMessage } from '@/lib/graphql/errors';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { useQuery } from '@/lib/graphql/use-query';
import { IMPORT_POLL_MS, LEDGER_ERROR_PAGE_SIZE, LEDGER_MAX_BYTES, isMonth } from './fees-params';
import { LedgerImportErrorsQuery, LedgerImportQuery, LedgerTemplateQuery, StartLedgerImportMutation } from './queries';

type LedgerImport = LedgerImportFieldsFragment;
type Notice = { ok: boolean; text: string };

const FINISHED: readonly LedgerImportState[] = ['DONE', 'FAILED'];
const isFinished = (state: LedgerImportState) => FINISHED.includes(state);
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file's bytes as base64, read in the browser (a data: URL without its prefix). */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

/**
 * The monthly ledger of one compound: the template to fill in, the upload (type and size checked
 * here, before any byte is sent), then the import's progress, polled every second until it is
 * DONE (the figures are refreshed) or FAILED (every error listed; nothing was stored).
 */
export function LedgerImportPanel({
  compoundId,
  hasContract,
  suggestedMonth,
  onStored,
}: {
  compoundId: string;
  /** Undefined while the contract loads. */
  hasContract: boolean | undefined;
  suggestedMonth: string;
  onStored(): void;
}) {
  const { t, locale } = useI18n();
  const l = t.fees.ledger;
  const ids = { month: useId(), file: useId(), fileHint: useId(), fileError: useId(), monthError: useId() };
  // Follows the suggestion (the month after the last one billed) until edited, and is kept once used.
  const [chosenMonth, setMonth] = useState('');
  const month = chosenMonth || suggestedMonth;
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string>();
  const [monthError, setMonthError] = useState<string>();
  const [notice, setNotice] = useState<Notice>();
  const [busy, setBusy] = useState(false);
  const [templateBusy, setTemplateBusy] = useState(false);
  const [current, setCurrent] = useState<LedgerImport | null>(null);
  const [duplicate, setDuplicate] = useState(false);
  const [pollFailed, setPollFailed] = useState(false);
  const onStoredRef = useRef(onStored);
  useEffect(() => {
    onStoredRef.current = onStored;
  }, [onStored]);

  // Every second while the import runs: its state and percent, until DONE or FAILED.
  useEffect(() => {
    if (!current || isFinished(current.state)) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetchGraphQL(LedgerImportQuery, { id: current.id }, controller.signal).then(
        ({ ledgerImport }) => {
          setPollFailed(false);
          setCurrent(ledgerImport);
          if (ledgerImport.state === 'DONE') onStoredRef.current();
        },
        () => {
          if (controller.signal.aborted) return;
          setPollFailed(true);
          // Asked again at the next tick: a fresh object re-arms this effect.
          setCurrent((shown) => (shown ? { ...shown } : shown));
        },
      );
    }, IMPORT_POLL_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [current]);

  const apiError = (caught: unknown) => {
    const error = caught instanceof ApiError ? caught : new ApiError('UNKNOWN', String(caught));
    if (error.code === 'BAD_USER_INPUT' && error.field === 'month') setMonthError(reasonMessage(error.reason, t));
    else if (error.code === 'BAD_USER_INPUT' && error.field === 'fileBase64') setFileError(reasonMessage(error.reason, t));
    else setNotice({ ok: false, text: error.code === 'BAD_USER_INPUT' ? reasonMessage(error.reason, t) : errorMessage(error, t) });
  };

  const checkMonth = () => {
    if (isMonth(month)) return true;
    setMonthError(t.reasons.monthFormat);
    return false;
  };

  const downloadTemplate = async () => {
    setMonthError(undefined);
    setNotice(undefined);
    if (!checkMonth()) return;
    setMonth(month);
    setTemplateBusy(true);
    try {
      const { ledgerTemplate: template } = await fetchGraphQL(LedgerTemplateQuery, { compoundId, month });
      downloadBase64(template.base64, template.filename, template.mimeType);
      setNotice({ ok: true, text: l.templateDone(template.filename, formatInteger(template.rows, locale)) });
    } catch (caught) {
      apiError(caught);
    }
    setTemplateBusy(false);
  };

  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    setFileError(undefined);
    if (!chosen) return;
    if (!/\.xlsx$/i.test(chosen.name)) setFileError(l.fileType);
    else if (chosen.size > LEDGER_MAX_BYTES) setFileError(l.fileTooLarge((chosen.size / 1024 / 1024).toFixed(1)));
  };

  const upload = async (event: FormEvent) => {
    event.preventDefault();
    setMonthError(undefined);
    setNotice(undefined);
    const monthOk = checkMonth();
    if (!file) {
      setFileError(l.fileRequired);
      return;
    }
    // Checked again here: the cap is the API's, and an oversized upload would only be refused.
    if (!/\.xlsx$/i.test(file.name)) {
      setFileError(l.fileType);
      return;
    }
    if (file.size > LEDGER_MAX_BYTES) {
      setFileError(l.fileTooLarge((file.size / 1024 / 1024).toFixed(1)));
      return;
    }
    if (!monthOk) return;
    setFileError(undefined);
    setMonth(month);
    setBusy(true);
    try {
      const fileBase64 = await readBase64(file);
      const { startLedgerImport: started } = await fetchGraphQL(StartLedgerImportMutation, {
        compoundId,
        month,
        fileBase64,
        fileName: file.name,
      });
      // A new upload is always QUEUED; anything further along is the earlier import of this same file.
      setDuplicate(started.state !== 'QUEUED');
      setPollFailed(false);
      setCurrent(started);
    } catch (caught) {
      apiError(caught);
    }
    setBusy(false);
  };

  const noContract = hasContract === false;

  return (
    <Panel title={l.title} className="ledger-panel">
      <p className="muted ledger-intro">{l.intro}</p>
      <form className="ledger-form" onSubmit={upload} noValidate data-testid="ledger-form">
        <div className="field">
          <label htmlFor={ids.month}>{l.month}</label>
          <input
            id={ids.month}
            type="month"
            data-testid="ledger-month"
            value={month}
            aria-invalid={monthError ? true : undefined}
            aria-describedby={monthError ? ids.monthError : undefined}
            onChange={(e) => {
              setMonth(e.target.value);
              setMonthError(undefined);
            }}
          />
          {monthError && (
            <p id={ids.monthError} className="field-error" role="alert" data-testid="ledger-month-error">
              {monthError}
            </p>
          )}
        </div>
        <div className="field ledger-template">
          <span className="field-label-spacer" aria-hidden="true">
            &nbsp;
          </span>
          <button
            type="button"
            className="button"
            data-testid="ledger-template"
            disabled={templateBusy || noContract}
            onClick={() => void downloadTemplate()}
          >
            {l.template}
          </button>
        </div>
        <div className="field field--grow">
          <label htmlFor={ids.file}>{l.file}</label>
          <input
            id={ids.file}
            type="file"
            accept={`.xlsx,${XLSX_MIME}`}
            data-testid="ledger-file"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={[fileError ? ids.fileError : undefined, ids.fileHint].filter(Boolean).join(' ')}
            onChange={(e) => chooseFile(e.target.files?.[0] ?? null)}
          />
          <p id={ids.fileHint} className="field-hint">
            {l.fileHint} · {l.templateHint}
          </p>
          {fileError && (
            <p id={ids.fileError} className="field-error" role="alert" data-testid="ledger-file-error">
              {fileError}
            </p>
          )}
        </div>
        <div className="field ledger-submit">
          <span className="field-label-spacer" aria-hidden="true">
            &nbsp;
          </span>
          <button
            type="submit"
            className="button button--primary"
            data-testid="ledger-upload"
            disabled={busy || noContract || Boolean(current && !isFinished(current.state))}
          >
            {busy ? l.uploading : l.upload}
          </button>
        </div>
      </form>
      {noContract && (
        <p className="notice" data-testid="ledger-no-contract">
          {l.noContract}
        </p>
      )}
      <p
        className={notice ? (notice.ok ? 'notice notice--ok' : 'notice notice--error') : 'visually-hidden'}
        role="status"
        data-testid="ledger-notice"
      >
        {notice?.text}
      </p>

      {current && <ImportStatus key={current.id} current={current} duplicate={duplicate} pollFailed={pollFailed} />}
    </Panel>
  );
}

function ImportStatus({ current, duplicate, pollFailed }: { current: LedgerImport; duplicate: boolean; pollFailed: boolean }) {
  const { t, locale } = useI18n();
  const l = t.fees.ledger;
  const n = (value: number) => formatInteger(value, locale);
  const stateName = t.enums.ledgerImportState[current.state];
  const percent = Math.max(0, Math.min(100, current.percent));
  return (
    <div className="ledger-status" data-testid="ledger-status" data-import-id={current.id} data-state={current.state}>
      {duplicate && (
        <p className="notice notice--info" data-testid="ledger-duplicate">
          {l.duplicate(formatDateTime(current.createdAt, locale))}
        </p>
      )}
      <div className="ledger-progress-head">
        <span className="ledger-file-name">{current.fileName}</span>
        <span data-testid="ledger-state" data-state={current.state}>
          {l.progressLabel(stateName, percent)}
        </span>
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-label={l.progress}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={l.progressLabel(stateName, percent)}
        data-testid="ledger-progress"
        data-percent={percent}
        data-state={current.state}
      >
        <div className={`progress-bar progress-bar--${current.state.toLowerCase()}`} style={{ width: `${percent}%` }} />
      </div>
      <p className="muted ledger-rows" data-testid="ledger-rows">
        {current.rowsTotal == null ? l.rowsUnknown(n(current.rowsValidated)) : l.rows(n(current.rowsValidated), n(current.rowsTotal))}
        {current.rowsStored > 0 && ` · ${l.stored(n(current.rowsStored))}`}
      </p>
      {pollFailed && <p className="notice">{l.pollError}</p>}
      {current.state === 'DONE' && (
        <p className="notice notice--ok" role="status" data-testid="ledger-done" data-rows={current.rowsStored}>
          {l.done(n(current.rowsStored), current.month)}
        </p>
      )}
      {current.state === 'FAILED' && (
        <>
          <p className="notice notice--error" role="alert" data-testid="ledger-failed" data-count={current.errorCount}>
            <strong>{l.failed(n(current.errorCount))}</strong> {l.failedHint}
          </p>
          <ImportErrors importId={current.id} />
        </>
      )}
    </div>
  );
}

/** The errors of a failed import, in row order, a page at a time (a bad large file has thousands). */
function ImportErrors({ importId }: { importId: string }) {
  const { t, locale } = useI18n();
  const l = t.fees.ledger;
  const [page, setPage] = useState<{ after?: string; before?: string }>({});
  const variables = page.before
    ? { id: importId, last: LEDGER_ERROR_PAGE_SIZE, before: page.before }
    : { id: importId, first: LEDGER_ERROR_PAGE_SIZE, after: page.after };
  const result = useQuery(LedgerImportErrorsQuery, variables);
  if (result.status === 'loading') return <Skeleton lines={4} height={20} />;
  if (result.status === 'error') return <ErrorState error={result.error} onRetry={() => setPage({})} />;
  const errors = result.data.ledgerImport.errors;
  const col = l.errorColumn;
  return (
    <section className="ledger-errors" aria-label={l.errors}>
      <h3 className="section-subtitle">
        {l.errors} <span className="muted">({l.errorsTotal(formatInteger(errors.totalCount, locale))})</span>
      </h3>
      <div className="table-wrap">
        <table className="data-table" data-testid="ledger-errors" data-count={errors.totalCount}>
          <caption className="visually-hidden">{l.errorsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{col.sheet}</th>
              <th scope="col" className="num">
                {col.row}
              </th>
              <th scope="col">{col.column}</th>
              <th scope="col">{col.reason}</th>
            </tr>
          </thead>
          <tbody>
            {errors.edges.map(({ cursor, node }) => (
              <tr key={cursor} data-testid="ledger-error-row" data-row={node.row} data-column={node.column} data-kind={node.kind}>
                <td>{node.sheet || t.common.none}</td>
                <td className="num">{node.row}</td>
                <td>{node.column || t.common.none}</td>
                <td className="cell-wrap" data-testid="ledger-error-reason">
                  {node.reason}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {(errors.pageInfo.hasNextPage || errors.pageInfo.hasPreviousPage) && (
        <Pagination pageInfo={errors.pageInfo} onPrevious={(before) => setPage({ before })} onNext={(after) => setPage({ after })} />
      )}
    </section>
  );
}
