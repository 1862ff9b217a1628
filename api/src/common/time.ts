/** The platform's calendar is Beijing's: a "day" is a date in Asia/Shanghai. */
export const TIME_ZONE = 'Asia/Shanghai';

/** YYYY-MM-DD of the given instant in Beijing. */
export function beijingDay(at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(at);
}
