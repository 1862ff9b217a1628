import { UsersPage } from '@/features/admin-users/UsersPage';

export default function Page() {
  return <UsersPage />;
}
