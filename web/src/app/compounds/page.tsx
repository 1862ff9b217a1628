import { Suspense } from 'react';
import { CompoundListPage } from '@/features/compounds/CompoundListPage';

export default function Page() {
  // useSearchParams needs a Suspense boundary to render on the server.
  return (
    <Suspense>
      <CompoundListPage />
    </Suspense>
  );
}
