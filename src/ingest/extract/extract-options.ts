export interface ExtractOptions {
  /** The page's URL: relative links and images resolve against it; its domain hints at the time zone. */
  url?: string;
  /** The HTTP Content-Type, when the bytes came over HTTP (charset and HTML-vs-text dispatch). */
  contentType?: string;
  /** Inputs larger than this are refused (TOO_LARGE). Default 10 MB. */
  maxBytes?: number;
  /** IANA zone for times the page prints without one; otherwise guessed (see guess-time-zone.ts). */
  timeZone?: string;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
