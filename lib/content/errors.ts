/** A content mistake, reported with the file it is in so that the build names it. */
export class ContentError extends Error {
  /** The mistake without the file, for a caller that names the file better (by its folder). */
  readonly detail: string;

  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'ContentError';
    this.detail = message;
  }
}
