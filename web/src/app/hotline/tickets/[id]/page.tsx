import { TicketDetailPage } from '@/features/hotline/TicketDetailPage';

export default async function Page({ params }: PageProps<'/hotline/tickets/[id]'>) {
  const { id } = await params;
  return <TicketDetailPage id={id} />;
}
