import { Suspense } from 'react';
import { ResidentsPage } from '@/features/residents/ResidentsPage';

export default function Page() {
  // useSearchParams needs a Suspense boundary to render on the server.
  return (
    <Suspense>
      <ResidentsPage />
    </Suspense>
  );
}
