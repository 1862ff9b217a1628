'use client';

import type { UsersQuery } from '@/gql/graphql';
import { useI18n } from '@/i18n/LocaleProvider';
import { formatDateTime } from '@/lib/format';
import { useQuery } from '@/lib/graphql/use-query';
import { CommunityNameQuery, PlaceNamesQuery } from './queries';
import type { UserAction } from './UsersPage';

export type UserRow = UsersQuery['users'][number];

type Names = ReadonlyMap<string, string>;

export function UserTable({ rows, onAction }: { rows: readonly UserRow[]; onAction(action: UserAction, user: UserRow): void }) {
  const { t, locale } = useI18n();
  const col = t.users.column;
  const places = useQuery(PlaceNamesQuery, {});
  const names: Names = new Map([...(places.data?.districts ?? []), ...(places.data?.streets ?? [])].map((p) => [p.id, p.name]));
  const now = Date.now();
  return (
    <div className="table-wrap">
      <table className="data-table" data-testid="users-table">
        <caption className="visually-hidden">{t.users.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{col.username}</th>
            <th scope="col">{col.displayName}</th>
            <th scope="col">{col.role}</th>
            <th scope="col">{col.place}</th>
            <th scope="col">{col.totp}</th>
            <th scope="col">{col.lockedUntil}</th>
            <th scope="col">{col.disabled}</th>
            <th scope="col">{col.actions}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((user) => {
            const locked = user.lockedUntil !== null && user.lockedUntil !== undefined && new Date(user.lockedUntil).getTime() > now;
            const disabled = Boolean(user.disabledAt);
            return (
              <tr key={user.id} data-testid="user-row" data-username={user.username}>
                <th scope="row" data-testid="user-username">
                  <code>{user.username}</code>
                </th>
                <td data-testid="user-display-name">{user.displayName}</td>
                <td data-testid="user-role">{t.enums.role[user.role]}</td>
                <td data-testid="user-place">
                  <PlaceName user={user} names={names} />
                </td>
                <td data-testid="user-totp">{user.hasTotp ? t.common.yes : t.common.no}</td>
                <td data-testid="user-locked">{locked && user.lockedUntil ? formatDateTime(user.lockedUntil, locale) : t.common.none}</td>
                <td data-testid="user-disabled">{disabled ? <span className="badge badge--warn">{t.common.yes}</span> : t.common.no}</td>
                <td>
                  <div className="row-actions">
                    <button
                      type="button"
                      className="button button--small"
                      data-testid="user-toggle-disabled"
                      onClick={() => onAction(disabled ? 'enable' : 'disable', user)}
                    >
                      {disabled ? t.users.enable : t.users.disable}
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      data-testid="user-unlock"
                      disabled={!locked}
                      onClick={() => onAction('unlock', user)}
                    >
                      {t.users.unlock}
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      data-testid="user-revoke"
                      onClick={() => onAction('revoke', user)}
                    >
                      {t.users.revoke}
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** The account's own place (the finest level it has): a community, a street or a district. */
function PlaceName({ user, names }: { user: UserRow; names: Names }) {
  const { t } = useI18n();
  const community = useQuery(CommunityNameQuery, { id: user.communityId ?? '' }, { skip: !user.communityId });
  if (user.communityId) return <>{community.data?.community.name ?? '…'}</>;
  const id = user.streetId ?? user.districtId;
  if (!id) return <span className="muted">{t.users.allPlaces}</span>;
  return <>{names.get(id) ?? '…'}</>;
}
