import { ProjectDetailPage } from '@/features/renovation/ProjectDetailPage';

export default async function Page({ params }: PageProps<'/renovation/[id]'>) {
  const { id } = await params;
  return <ProjectDetailPage id={id} />;
}
