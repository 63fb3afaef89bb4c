export interface TextTarget {
  /** Offsets into the scanned text, end exclusive. */
  start: number;
  end: number;
  rawId: string;
  /** How the target reads in the UI. */
  display: string;
  /** A phone extension written after the number (x123, ext. 45): shown, never dialled. */
  extension?: string;
}

export interface DetectOptions {
  /** ISO 3166 alpha-2 country for national-format numbers; undefined means international only. */
  defaultCountry?: string;
}
