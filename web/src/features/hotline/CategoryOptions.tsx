'use client';

import { useI18n } from '@/i18n/LocaleProvider';
import { HOTLINE_CATEGORIES } from './categories';

/** The four question categories as `<option>`s, in the card's order. */
export function CategoryOptions() {
  const { t } = useI18n();
  return (
    <>
      {HOTLINE_CATEGORIES.map((c) => (
        <option key={c} value={c}>
          {t.hotline.category[c]}
        </option>
      ))}
    </>
  );
}
