'use client';

import { useState, type FormEvent } from 'react';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { FormField } from '@/components/ui/FormField';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import type { HotlineCategory, HotlineTemplatesQuery as HotlineTemplatesResult } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatDateTime } from '@/lib/format';
import { asApiError, errorMessage, reasonMessage } from '@/lib/graphql/errors';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { useQuery } from '@/lib/graphql/use-query';
import { HOTLINE_ACTIONS } from '@/lib/session/access';
import { useSession } from '@/lib/session/SessionProvider';
import { CategoryOptions } from './CategoryOptions';
import { HotlineTemplatesQuery, SaveHotlineTemplateMutation } from './queries';

type Template = HotlineTemplatesResult['hotlineTemplates'][number];

/** A template's new version: starts from the newest one the editor's level answers with, and says what the API refused. */
function TemplateEditor({
  category,
  start,
  districtId,
  onSaved,
}: {
  category: HotlineCategory;
  start: string;
  districtId: string | undefined;
  onSaved(version: number): void;
}) {
  const { t } = useI18n();
  const m = t.hotline.templates;
  const [body, setBody] = useState(start);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(undefined);
    setBusy(true);
    try {
      const { saveHotlineTemplate: saved } = await fetchGraphQL(SaveHotlineTemplateMutation, { input: { category, body, districtId } });
      onSaved(saved.version);
    } catch (caught) {
      const refused = asApiError(caught);
      if (refused.code === 'HOTLINE_TEMPLATE_UNKNOWN_VARIABLE' && refused.variable) setError(m.unknownVariable(refused.variable));
      else if (refused.code === 'BAD_USER_INPUT') setError(reasonMessage(refused.reason, t));
      else setError(errorMessage(refused, t));
    }
    setBusy(false);
  };

  return (
    <form onSubmit={submit} noValidate data-testid="template-form">
      <FormField label={m.body} name="body" testIdPrefix="template" hint={m.bodyHint} error={error} wide>
        {(props) => <textarea {...props} rows={10} value={body} onChange={(e) => setBody(e.target.value)} />}
      </FormField>
      <div className="form-grid-actions">
        <button type="submit" className="button button--primary" data-testid="template-save" disabled={busy}>
          {busy ? m.saving : m.save}
        </button>
      </div>
    </form>
  );
}

/**
 * `/hotline/templates`: the knowledge base. Every version of a category's answer template (the
 * platform's and the district's), the variables a template may use, and for the district office
 * and the platform admin an editor that saves a new version.
 */
export function TemplatesPage() {
  const { t, locale } = useI18n();
  const m = t.hotline.templates;
  const { me } = useSession();
  const canEdit = me ? HOTLINE_ACTIONS[me.role].editTemplates : false;
  // A district office writes its district's version; the platform admin the platform default.
  const editorDistrict = me?.role === 'DISTRICT_OFFICIAL' ? (me.districtId ?? undefined) : undefined;
  const [category, setCategory] = useState<HotlineCategory>('FACE_REGISTRATION');
  const [saved, setSaved] = useState<number>();
  const templates = useQuery(HotlineTemplatesQuery, { category });
  const versions: readonly Template[] = templates.data?.hotlineTemplates ?? [];
  const editable = versions.find((v) => (v.districtId ?? undefined) === editorDistrict) ?? versions[0];

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{m.title}</h1>
          <p className="muted">{m.intro}</p>
        </div>
      </div>
      <div className="filters filters--inline">
        <FormField label={m.category} name="category" testIdPrefix="template">
          {(props) => (
            <select
              {...props}
              value={category}
              onChange={(e) => {
                setCategory(e.target.value as HotlineCategory);
                setSaved(undefined);
              }}
            >
              <CategoryOptions />
            </select>
          )}
        </FormField>
      </div>
      {saved !== undefined && (
        <p className="notice notice--ok page-notice" role="status" data-testid="template-saved">
          {m.saved(saved)}
        </p>
      )}

      {templates.status === 'loading' ? (
        <div className="panel">
          <Skeleton lines={8} height={24} />
        </div>
      ) : templates.status === 'error' ? (
        <div className="panel">
          <ErrorState error={templates.error} onRetry={templates.refetch} />
        </div>
      ) : (
        <div className="panel-grid">
          <div>
            {canEdit ? (
              <Panel title={m.edit}>
                <TemplateEditor
                  key={`${category}:${editable?.id ?? 'new'}`}
                  category={category}
                  start={editable?.body ?? ''}
                  districtId={editorDistrict}
                  onSaved={(version) => {
                    setSaved(version);
                    templates.refetch();
                  }}
                />
              </Panel>
            ) : (
              <p className="muted">{m.readOnly}</p>
            )}
            <Panel title={m.versions}>
              {versions.length === 0 ? (
                <EmptyState title={m.empty} />
              ) : (
                <ol className="template-versions" data-testid="template-versions">
                  {versions.map((v) => (
                    <li key={v.id} className="template-version" data-testid="template-version">
                      <p>
                        <strong>{m.version(v.version)}</strong> <span className="badge">{v.districtId ? m.district : m.platform}</span>{' '}
                        <span className="muted">{m.by(v.createdByName ?? null, formatDateTime(v.createdAt, locale))}</span>
                      </p>
                      <p className="template-body">{v.body}</p>
                    </li>
                  ))}
                </ol>
              )}
            </Panel>
          </div>
          <Panel title={m.variables}>
            <p className="field-hint">{m.variablesHint}</p>
            <dl className="template-variables" data-testid="template-variables">
              {templates.data.hotlineTemplateVariables.map((v) => (
                <div key={v.name} className="fact">
                  <dt>
                    <code>{`{{${v.name}}}`}</code>
                  </dt>
                  <dd>{v.description}</dd>
                </div>
              ))}
            </dl>
          </Panel>
        </div>
      )}
    </div>
  );
}
