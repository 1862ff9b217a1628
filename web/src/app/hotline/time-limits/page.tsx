import { TimeLimitsPage } from '@/features/hotline/TimeLimitsPage';

export default function Page() {
  return <TimeLimitsPage />;
}
