/** The days of the week and the months, spelt out, lower-cased. */
export const DAY_AND_MONTH_NAMES: readonly string[] = [
  'monday tuesday wednesday thursday friday saturday sunday',
  'january february march april may june july august september october november december',
]
  .join(' ')
  .split(' ');

/** Names of days and months, lower-cased: dates, not names or places ("goes to Monday", "Before Friday"). */
export const CALENDAR: ReadonlySet<string> = new Set([
  ...DAY_AND_MONTH_NAMES,
  ...'mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
]);
