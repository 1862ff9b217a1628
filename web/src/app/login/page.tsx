import { Suspense } from 'react';
import { LoginPage } from '@/features/auth/LoginPage';

export default function Page() {
  // useSearchParams needs a Suspense boundary to render on the server.
  return (
    <Suspense>
      <LoginPage />
    </Suspense>
  );
}
