import { CompoundSettingsPage } from '@/features/hotline/CompoundSettingsPage';

export default async function Page({ params }: PageProps<'/hotline/compounds/[id]/settings'>) {
  const { id } = await params;
  return <CompoundSettingsPage compoundId={id} />;
}
