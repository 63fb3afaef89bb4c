// Durations and clock times for people, in the UI language Chrome chose.
// Intl.DurationFormat would do this, but it needs Chrome 129 and we support 116.

function splitDuration(milliseconds: number): { hours: number; minutes: number; seconds: number } {
  const totalSeconds = Math.max(0, Math.floor(milliseconds / 1000));
  return {
    hours: Math.floor(totalSeconds / 3600),
    minutes: Math.floor(totalSeconds / 60) % 60,
    seconds: totalSeconds % 60,
  };
}

/** "4:05" or "1:04:05", with the locale's digits. */
export function formatDuration(milliseconds: number, locale: string): string {
  const { hours, minutes, seconds } = splitDuration(milliseconds);
  const plain = new Intl.NumberFormat(locale, { useGrouping: false });
  const twoDigits = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  const leading = hours > 0 ? [plain.format(hours), twoDigits.format(minutes)] : [plain.format(minutes)];
  return [...leading, twoDigits.format(seconds)].join(':');
}

/** The machine-readable form for `<time datetime>`, e.g. "PT4M5S". */
export function isoDuration(milliseconds: number): string {
  const { hours, minutes, seconds } = splitDuration(milliseconds);
  return `PT${hours}H${minutes}M${seconds}S`;
}

export function formatClockTime(timestamp: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeStyle: 'medium' }).format(timestamp);
}

export function formatCount(count: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(count);
}
