const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

/**
 * "6 December 2026", as `toLocaleDateString('en-GB', …)` writes it, without Intl: its first call costs a phone
 * ~100 ms of the home's start for a line seen only in print.
 */
export function printedDate(date: Date): string {
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`
}
