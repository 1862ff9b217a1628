'use client';

import { useState } from 'react';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { EmptyState } from '@/components/ui/EmptyState';
import { ErrorState } from '@/components/ui/ErrorState';
import { Panel } from '@/components/ui/Panel';
import { Skeleton } from '@/components/ui/Skeleton';
import { useI18n } from '@/i18n/LocaleProvider';
import { ApiError, errorMessage } from '@/lib/graphql/errors';
import { fetchGraphQL } from '@/lib/graphql/fetch-graphql';
import { useQuery } from '@/lib/graphql/use-query';
import { CreateUserForm } from './CreateUserForm';
import { RevokeUserSessionsMutation, SetUserDisabledMutation, UnlockUserMutation, UsersQuery } from './queries';
import { UserTable, type UserRow } from './UserTable';

export type UserAction = 'disable' | 'enable' | 'unlock' | 'revoke';

interface Pending {
  action: UserAction;
  user: UserRow;
}

type Result = { ok: boolean; text: string };

/** `/admin/users` (ADMIN): every account, what state it is in, and the actions on it; a form for new ones. */
export function UsersPage() {
  const { t } = useI18n();
  const users = useQuery(UsersQuery, {});
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result>();

  const confirmMessage = (p: Pending): string => {
    const name = p.user.username;
    switch (p.action) {
      case 'disable':
        return t.users.confirmDisable(name);
      case 'enable':
        return t.users.confirmEnable(name);
      case 'unlock':
        return t.users.confirmUnlock(name);
      case 'revoke':
        return t.users.confirmRevoke(name);
    }
  };

  const run = async ({ action, user }: Pending) => {
    setBusy(true);
    try {
      let text: string;
      if (action === 'disable' || action === 'enable') {
        await fetchGraphQL(SetUserDisabledMutation, { id: user.id, disabled: action === 'disable' });
        text = action === 'disable' ? t.users.disabledDone(user.username) : t.users.enabledDone(user.username);
      } else if (action === 'unlock') {
        await fetchGraphQL(UnlockUserMutation, { id: user.id });
        text = t.users.unlockedDone(user.username);
      } else {
        const { revokeUserSessions } = await fetchGraphQL(RevokeUserSessionsMutation, { id: user.id });
        text = t.users.revokedDone(user.username, revokeUserSessions);
      }
      setResult({ ok: true, text });
      users.refetch();
    } catch (caught) {
      setResult({ ok: false, text: errorMessage(caught instanceof ApiError ? caught : new ApiError('UNKNOWN', String(caught)), t) });
    }
    setBusy(false);
    setPending(null);
  };

  return (
    <div className="page">
      <div className="page-head">
        <h1>{t.users.title}</h1>
      </div>
      <p
        className={result ? (result.ok ? 'notice notice--ok' : 'notice notice--error') : 'visually-hidden'}
        role="status"
        data-testid="users-result"
      >
        {result?.text}
      </p>
      <section className="panel" aria-label={t.users.tableCaption}>
        {users.status === 'loading' && <Skeleton lines={8} height={22} />}
        {users.status === 'error' && <ErrorState error={users.error} onRetry={users.refetch} />}
        {users.status === 'success' &&
          (users.data.users.length === 0 ? (
            <EmptyState title={t.users.empty} />
          ) : (
            <UserTable rows={users.data.users} onAction={(action, user) => setPending({ action, user })} />
          ))}
      </section>
      <Panel title={t.users.create.title}>
        <CreateUserForm
          onCreated={(username) => {
            setResult({ ok: true, text: t.users.createdDone(username) });
            users.refetch();
          }}
        />
      </Panel>
      <ConfirmDialog
        message={pending ? confirmMessage(pending) : null}
        confirmLabel={t.common.confirm}
        busy={busy}
        onConfirm={() => pending && void run(pending)}
        onCancel={() => setPending(null)}
      />
    </div>
  );
}
