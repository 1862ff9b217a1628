import { DevicesPage } from '@/features/device-keys/DevicesPage';

export default function Page() {
  return <DevicesPage />;
}
