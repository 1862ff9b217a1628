import type { ReactNode } from 'react';

interface Props {
  title: string;
  children?: ReactNode;
  testId?: string;
  /** `h1` when the state is the whole page (not found), so the page still has a heading. */
  titleAs?: 'h1' | 'p';
}

export function EmptyState({ title, children, testId, titleAs: Title = 'p' }: Props) {
  return (
    <div className="state" data-testid={testId}>
      <Title className="state-title">{title}</Title>
      {children}
    </div>
  );
}
