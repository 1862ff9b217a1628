import { TemplatesPage } from '@/features/hotline/TemplatesPage';

export default function Page() {
  return <TemplatesPage />;
}
