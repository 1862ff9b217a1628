import { Suspense } from 'react';
import { SecurityPage } from '@/features/account/SecurityPage';

export default function Page() {
  // useSearchParams needs a Suspense boundary to render on the server.
  return (
    <Suspense>
      <SecurityPage />
    </Suspense>
  );
}
