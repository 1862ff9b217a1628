import { HotlinePage } from '@/features/hotline/HotlinePage';

export default function Page() {
  return <HotlinePage />;
}
