import { Suspense } from 'react';
import { RenovationPage } from '@/features/renovation/RenovationPage';

export default function Page() {
  // useSearchParams needs a Suspense boundary to render on the server.
  return (
    <Suspense>
      <RenovationPage />
    </Suspense>
  );
}
