import { Suspense } from 'react';
import { AuditPage } from '@/features/audit/AuditPage';

export default function Page() {
  // useSearchParams needs a Suspense boundary to render on the server.
  return (
    <Suspense>
      <AuditPage />
    </Suspense>
  );
}
