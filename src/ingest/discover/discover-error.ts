/** A discovery input that cannot be used: the page or site URL is not an absolute http(s) URL. */
export class DiscoverError extends Error {
  readonly code = 'BAD_URL' as const;

  constructor(detail: string) {
    super(`BAD_URL: ${detail}`);
    this.name = 'DiscoverError';
  }
}

/** The page or site URL as a URL object, or a DiscoverError that says what is wrong with it. */
export function httpUrl(raw: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new DiscoverError(`${what} "${raw}" is not an absolute URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new DiscoverError(`${what} "${raw}" is not an http or https URL`);
  return url;
}
