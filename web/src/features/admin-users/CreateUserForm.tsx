'use client';

import { useState, type FormEvent } from 'react';
import { FormField, SelectField } from '@/components/ui/FormField';
import type { Role } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { passwordPolicyProblem } from '@/features/account/password-policy';
import { CommunityOptionsQuery, DistrictOptionsQuery, StreetOptionsQuery } from '@/lib/geography-queries';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { submitError } from '@/lib/graphql/form-errors';
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
      const { field, message } = submitError(caught, FIELDS, t);
      if (field) setErrors({ [field]: message });
      else setFormError(message);
    }
    setBusy(false);
  };

  return (
    <form className="create-user" onSubmit={submit} noValidate data-testid="create-user-form">
      <FormField testIdPrefix="new-user" label={c.username} hint={c.usernameHint} error={errors.username} name="username">
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
      <FormField testIdPrefix="new-user" label={c.displayName} error={errors.displayName} name="displayName">
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
      <FormField testIdPrefix="new-user" label={c.role} error={errors.role} name="role">
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
      <FormField testIdPrefix="new-user" label={c.password} hint={c.passwordHint} error={errors.password} name="password">
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
        <SelectField
          testIdPrefix="new-user"
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
        <SelectField
          testIdPrefix="new-user"
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
        <SelectField
          testIdPrefix="new-user"
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
