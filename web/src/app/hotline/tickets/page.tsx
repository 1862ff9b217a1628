import { TicketsPage } from '@/features/hotline/TicketsPage';

export default function Page() {
  return <TicketsPage />;
}
