'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '@/i18n/LocaleProvider';

export interface CreatedKey {
  /** The bearer key: held in page state only, until the administrator confirms it is configured. */
  key: string;
  /** Its device's id, to mark the device in the table. */
  id: string;
  /** The device's name, for the title. */
  name: string;
}

/**
 * The new key, shown this once. It lives in the page's state only (never the URL, storage or a
 * message); "configured" drops it. While it is on screen, leaving the page asks first.
 */
export function NewKeyBox({ created, onDone }: { created: CreatedKey; onDone(): void }) {
  const { t } = useI18n();
  const n = t.devices.newKey;
  const titleId = useId();
  const warningId = useId();
  const boxRef = useRef<HTMLElement>(null);
  const keyRef = useRef<HTMLElement>(null);
  const [copy, setCopy] = useState<'copied' | 'failed'>();

  useEffect(() => {
    // Brought into view and announced: the form that made it is further down the page.
    boxRef.current?.focus();
    setCopy(undefined);
  }, [created.key]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  const copyKey = async () => {
    try {
      await navigator.clipboard.writeText(created.key);
      setCopy('copied');
    } catch {
      // No clipboard access (an insecure origin, a refused permission): select it for Ctrl+C.
      const node = keyRef.current;
      const selection = window.getSelection();
      if (node && selection) {
        const range = document.createRange();
        range.selectNodeContents(node);
        selection.removeAllRanges();
        selection.addRange(range);
      }
      setCopy('failed');
    }
  };

  return (
    <section
      ref={boxRef}
      className="new-key"
      tabIndex={-1}
      role="region"
      aria-labelledby={titleId}
      aria-describedby={warningId}
      data-testid="new-device-key"
    >
      <h2 id={titleId} className="new-key-title">
        {n.title(created.name)}
      </h2>
      <p id={warningId} className="new-key-warning" data-testid="new-device-key-warning">
        <span aria-hidden="true">⚠ </span>
        {n.warning}
      </p>
      <div className="new-key-row">
        <code ref={keyRef} className="new-key-value" data-testid="new-device-key-value">
          {created.key}
        </code>
        <button type="button" className="button" data-testid="new-device-key-copy" onClick={() => void copyKey()}>
          {copy === 'copied' ? `✓ ${n.copied}` : n.copy}
        </button>
      </div>
      <p className="field-hint" role="status">
        {copy === 'failed' ? n.copyFailed : ''}
      </p>
      <div>
        <button type="button" className="button button--primary" data-testid="new-device-key-done" onClick={onDone}>
          {n.done}
        </button>
      </div>
    </section>
  );
}
