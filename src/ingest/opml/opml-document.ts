/** One feed subscription from an OPML file. */
export interface OpmlOutline {
  /** The feed URL (absolute http/https, as written). */
  xmlUrl: string;
  /** The site's home page. */
  htmlUrl?: string;
  title?: string;
  /**
   * Folder path first (`News/World` for a feed inside folder News › World), then the outline's own
   * `category` list, de-duplicated. Paths use `/` as OPML 2.0's category attribute does, without the
   * leading slash.
   */
  categories: string[];
}

/** An outline that was not imported, and why. */
export interface OpmlSkipped {
  line?: number;
  reason: string;
}

export interface OpmlDocument {
  title?: string;
  dateCreated?: Date;
  outlines: OpmlOutline[];
  skipped: OpmlSkipped[];
  /** Recoverable XML oddities (HTML entities, unclosed elements). */
  warnings: { message: string; line?: number }[];
}
