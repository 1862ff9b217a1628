import { Suspense } from 'react';
import { FeesPage } from '@/features/fees/FeesPage';

export default function Page() {
  // useSearchParams needs a Suspense boundary to render on the server.
  return (
    <Suspense>
      <FeesPage />
    </Suspense>
  );
}
