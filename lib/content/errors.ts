/** A content mistake, reported with the file it is in so that the build names it. */
export class ContentError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'ContentError';
  }
}
