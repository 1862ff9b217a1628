import { pinyin } from 'pinyin-pro';

/**
 * Pinyin forms for search. Callers spell names by sound ("yinghuayuan"), by initials ("yhy"), or
 * type a homophone (樱花圆); all three meet the compound on its pinyin. Digits and Latin letters
 * pass through, so 36号楼 is "36haolou" / "36hl".
 */

const HAN = /\p{Script=Han}/u;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

function syllables(text: string): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter((s) => s.length > 0);
}

/** Full pinyin without tones or spaces: 樱花园小区 → yinghuayuanxiaoqu. */
export function fullPinyin(text: string): string {
  return syllables(text).join('');
}

/** First letter of each syllable; runs of digits stay whole: 东中街36号楼 → dzj36hl. */
export function initials(text: string): string {
  return syllables(text)
    .map((s) => (/^\d+$/.test(s) ? s : s[0]!))
    .join('');
}
