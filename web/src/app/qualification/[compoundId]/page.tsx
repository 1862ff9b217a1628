import { QualificationDetailPage } from '@/features/qualification/QualificationDetailPage';

export default async function Page({ params }: PageProps<'/qualification/[compoundId]'>) {
  const { compoundId } = await params;
  return <QualificationDetailPage compoundId={compoundId} />;
}
