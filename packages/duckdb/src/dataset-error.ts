/**
 * A dataset that cannot be opened or written, with a one-sentence message that says what is
 * wrong and where (the CLI prints it as it is). Test for it with
 * `error.code === 'ANYAM_DATASET'` where an app may load both the ESM and the CJS build.
 */
export class DatasetError extends Error {
  /** The stable code of this kind of error, the same in every copy of the package. */
  static readonly code = 'ANYAM_DATASET';
  readonly code: typeof DatasetError.code = DatasetError.code;
  /** The file or folder at fault. */
  readonly path: string;

  constructor(message: string, path: string) {
    super(message);
    this.name = 'DatasetError';
    this.path = path;
  }
}
