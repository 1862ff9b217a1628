import { useId, type ReactNode } from 'react';

/** A titled card; the heading names the region for screen-reader navigation. */
export function Panel({ title, children, className }: { title: string; children: ReactNode; className?: string }) {
  const headingId = useId();
  return (
    <section className={className ? `panel ${className}` : 'panel'} aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-title">
        {title}
      </h2>
      {children}
    </section>
  );
}
