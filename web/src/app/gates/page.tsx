import { Suspense } from 'react';
import { GatesPage } from '@/features/gates/GatesPage';

export default function Page() {
  // useSearchParams needs a Suspense boundary to render on the server.
  return (
    <Suspense>
      <GatesPage />
    </Suspense>
  );
}
