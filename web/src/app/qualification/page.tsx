import { Suspense } from 'react';
import { QualificationPage } from '@/features/qualification/QualificationPage';

export default function Page() {
  // useSearchParams needs a Suspense boundary to render on the server.
  return (
    <Suspense>
      <QualificationPage />
    </Suspense>
  );
}
