import { Suspense } from 'react';
import { GatePlacePage } from '@/features/gates/GatesPage';

export default async function Page({ params }: PageProps<'/gates/compound/[id]'>) {
  const { id } = await params;
  return (
    <Suspense>
      <GatePlacePage place={{ level: 'COMPOUND', id }} />
    </Suspense>
  );
}
