'use client';

import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { Role } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { passwordPolicyProblem } from '@/features/account/password-policy';
import { CommunityOptionsQuery, DistrictOptionsQuery, StreetOptionsQuery } from '@/lib/geography-queries';
import { ApiError, errorMessage, reasonMessage } from '@/lib/graphql/errors';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { useQuery } from '@/lib/graphql/use-query';
import { CreateUserMutation } from './queries';
import { ACCOUNT_ROLES, ROLE_PLACE_LEVEL, asksFor } from './roles';

type Field = 'username' | 'displayName' | 'role' | 'password' | 'districtId' | 'streetId' | 'communityId';

interface Draft {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  districtId: string;
  streetId: string;
  communityId: string;
}

const EMPTY: Draft = {
  username: '',
  displayName: '',
  role: 'COMMUNITY_OPERATOR',
  password: '',
  districtId: '',
  streetId: '',
  communityId: '',
};

const FIELDS: readonly Field[] = ['username', 'displayName', 'role', 'password', 'districtId', 'streetId', 'communityId'];
const isField = (value: string | undefined): value is Field => FIELDS.includes(value as Field);

/** A new account: its role decides which place selects appear (district → street → community). */
export function CreateUserForm({ onCreated }: { onCreated(username: string): void }) {
  const { t } = useI18n();
  const c = t.users.create;
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [formError, setFormError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const wantsDistrict = asksFor(draft.role, 'district');
  const wantsStreet = asksFor(draft.role, 'street');
  const wantsCommunity = asksFor(draft.role, 'community');
  const districts = useQuery(DistrictOptionsQuery, {}, { skip: !wantsDistrict });
  const streets = useQuery(StreetOptionsQuery, { districtId: draft.districtId }, { skip: !wantsStreet || !draft.districtId });
  const communities = useQuery(CommunityOptionsQuery, { streetId: draft.streetId }, { skip: !wantsCommunity || !draft.streetId });

  const set = (changes: Partial<Draft>) => setDraft((d) => ({ ...d, ...changes }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!draft.username.trim()) found.username = t.reasons.usernameFormat;
    if (!draft.displayName.trim()) found.displayName = t.reasons.displayNameLength;
    const policy = passwordPolicyProblem(draft.password, draft.username, t);
    if (policy) found.password = policy;
    const level = ROLE_PLACE_LEVEL[draft.role];
    if (level && !draft[`${level}Id`]) found[`${level}Id`] = t.reasons.placeRequired;
    setErrors(found);
    setFormError(undefined);
    if (Object.keys(found).length > 0) return;

    setBusy(true);
    try {
      const { createUser } = await fetchGraphQL(CreateUserMutation, {
        input: {
          username: draft.username.trim(),
          displayName: draft.displayName.trim(),
          role: draft.role,
          password: draft.password,
          districtId: level === 'district' ? draft.districtId : undefined,
          streetId: level === 'street' ? draft.streetId : undefined,
          communityId: level === 'community' ? draft.communityId : undefined,
        },
      });
      setDraft(EMPTY);
      onCreated(createUser.username);
    } catch (caught) {
      const error = caught instanceof ApiError ? caught : new ApiError('UNKNOWN', String(caught));
      if (error.code === 'BAD_USER_INPUT' && isField(error.field)) setErrors({ [error.field]: reasonMessage(error.reason, t) });
      else setFormError(errorMessage(error, t));
    }
    setBusy(false);
  };

  return (
    <form className="create-user" onSubmit={submit} noValidate data-testid="create-user-form">
      <FormField label={c.username} hint={c.usernameHint} error={errors.username} name="username">
        {(props) => (
          <input
            {...props}
            type="text"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            value={draft.username}
            onChange={(e) => set({ username: e.target.value })}
          />
        )}
      </FormField>
      <FormField label={c.displayName} error={errors.displayName} name="displayName">
        {(props) => (
          <input
            {...props}
            type="text"
            autoComplete="off"
            value={draft.displayName}
            onChange={(e) => set({ displayName: e.target.value })}
          />
        )}
      </FormField>
      <FormField label={c.role} error={errors.role} name="role">
        {(props) => (
          <select
            {...props}
            value={draft.role}
            onChange={(e) => set({ role: e.target.value as Role, districtId: '', streetId: '', communityId: '' })}
          >
            {ACCOUNT_ROLES.map((role) => (
              <option key={role} value={role}>
                {t.enums.role[role]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={c.password} hint={c.passwordHint} error={errors.password} name="password">
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="new-password"
            value={draft.password}
            onChange={(e) => set({ password: e.target.value })}
          />
        )}
      </FormField>
      {wantsDistrict && (
        <PlaceSelect
          label={c.district}
          name="districtId"
          error={errors.districtId}
          value={draft.districtId}
          options={districts.data?.districts}
          placeholder={c.choose}
          onChange={(districtId) => set({ districtId, streetId: '', communityId: '' })}
        />
      )}
      {wantsStreet && (
        <PlaceSelect
          label={c.street}
          name="streetId"
          error={errors.streetId}
          value={draft.streetId}
          options={draft.districtId ? streets.data?.streets : undefined}
          placeholder={draft.districtId ? c.choose : t.compounds.chooseDistrictFirst}
          onChange={(streetId) => set({ streetId, communityId: '' })}
        />
      )}
      {wantsCommunity && (
        <PlaceSelect
          label={c.community}
          name="communityId"
          error={errors.communityId}
          value={draft.communityId}
          options={draft.streetId ? communities.data?.communities.edges.map((e) => e.node) : undefined}
          placeholder={draft.streetId ? c.choose : t.compounds.chooseStreetFirst}
          onChange={(communityId) => set({ communityId })}
        />
      )}
      <div className="create-user-actions">
        {formError && (
          <p className="form-error" role="alert" data-testid="create-user-error">
            {formError}
          </p>
        )}
        <button type="submit" className="button button--primary" disabled={busy} data-testid="create-user-submit">
          {busy ? c.submitting : c.submit}
        </button>
      </div>
    </form>
  );
}

interface ControlProps {
  id: string;
  name: string;
  'data-testid': string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

function FormField(props: { label: string; hint?: string; error?: string; name: Field; children(control: ControlProps): ReactNode }) {
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  const describedBy = [props.error ? errorId : undefined, props.hint ? hintId : undefined].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      {props.children({
        id,
        name: props.name,
        'data-testid': `new-user-${props.name}`,
        'aria-invalid': props.error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {props.hint && (
        <p id={hintId} className="field-hint">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={errorId} className="field-error" role="alert" data-testid={`new-user-error-${props.name}`}>
          {props.error}
        </p>
      )}
    </div>
  );
}

interface PlaceSelectProps {
  label: string;
  name: Field;
  error?: string;
  value: string;
  /** Undefined while loading or while the level above is unset: the select is then disabled. */
  options: readonly { id: string; name: string }[] | undefined;
  placeholder: string;
  onChange(id: string): void;
}

function PlaceSelect({ label, name, error, value, options, placeholder, onChange }: PlaceSelectProps) {
  return (
    <FormField label={label} error={error} name={name}>
      {(props) => (
        <select {...props} value={options ? value : ''} disabled={!options} onChange={(e) => onChange(e.target.value)}>
          <option value="">{placeholder}</option>
          {options?.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
