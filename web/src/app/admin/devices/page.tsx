import { Suspense } from 'react';
import { DeviceKeysPage } from '@/features/device-keys/DeviceKeysPage';

export default function Page() {
  // useSearchParams needs a Suspense boundary to render on the server.
  return (
    <Suspense>
      <DeviceKeysPage />
    </Suspense>
  );
}
