'use client';

import { useEffect, useRef } from 'react';
import { useI18n } from '@/i18n/LocaleProvider';

interface Props {
  /** The question; null keeps the dialog closed. */
  message: string | null;
  confirmLabel: string;
  busy?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** A modal yes/no question (the native <dialog>: focus trap, Escape to cancel). */
export function ConfirmDialog({ message, confirmLabel, busy = false, onConfirm, onCancel }: Props) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const open = message !== null;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      data-testid="confirm-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <p className="dialog-message">{message}</p>
      <div className="dialog-actions">
        <button type="button" className="button" data-testid="confirm-cancel" onClick={onCancel}>
          {t.common.cancel}
        </button>
        <button type="button" className="button button--primary" data-testid="confirm-ok" disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}
