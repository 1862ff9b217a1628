import { Suspense } from 'react';
import { PasswordPage } from '@/features/account/PasswordPage';

export default function Page() {
  // useSearchParams needs a Suspense boundary to render on the server.
  return (
    <Suspense>
      <PasswordPage />
    </Suspense>
  );
}
