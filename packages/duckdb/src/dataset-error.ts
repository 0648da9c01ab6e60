/**
 * A dataset that cannot be opened or written, with a one-sentence message that says what is
 * wrong and where (the CLI prints it as it is).
 */
export class DatasetError extends Error {
  /** The file or folder at fault. */
  readonly path: string;

  constructor(message: string, path: string) {
    super(message);
    this.name = 'DatasetError';
    this.path = path;
  }
}
