import { CompoundDetailPage } from '@/features/compound-detail/CompoundDetailPage';

export default async function Page({ params }: PageProps<'/compounds/[id]'>) {
  const { id } = await params;
  return <CompoundDetailPage id={id} />;
}
