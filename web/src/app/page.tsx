import { Suspense } from 'react';
import { OverviewPage } from '@/features/overview/OverviewPage';

export default function Page() {
  // useSearchParams needs a Suspense boundary to render on the server.
  return (
    <Suspense>
      <OverviewPage />
    </Suspense>
  );
}
