/**
 * A state operation refused for a reason a person can act on (one sentence). Test for it with
 * `error.code === 'ANYAM_STATE'` where an app may load both the ESM and the CJS build.
 */
export class StateError extends Error {
  /** The stable code of this kind of error, the same in every copy of the package. */
  static readonly code = 'ANYAM_STATE';
  readonly code: typeof StateError.code = StateError.code;
  override readonly name = 'StateError';
}
