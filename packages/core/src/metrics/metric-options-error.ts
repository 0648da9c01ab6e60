/**
 * A metric request a person got wrong (bad region code, year as text, from after to, unknown
 * enumeration value). Its message is one sentence meant for that person; the CLI exits 2 on it
 * and the HTTP API answers 400.
 *
 *     throw new MetricOptionsError('--year must be a whole number such as 2024, not "abc".');
 *
 * Test for it with `error.code === 'ANYAM_METRIC_OPTIONS'` rather than `instanceof` where an app
 * may load both the ESM and the CJS build of @anyam/core (two copies of the class).
 */
export class MetricOptionsError extends Error {
  /** The stable code of this kind of error, the same in every copy of the package. */
  static readonly code = 'ANYAM_METRIC_OPTIONS';
  readonly code: typeof MetricOptionsError.code = MetricOptionsError.code;
  /** The option at fault, as the CLI names it without dashes (`year`, `region`...). */
  readonly option: string;
  constructor(message: string, option = '') {
    super(message);
    this.name = 'MetricOptionsError';
    this.option = option;
  }
}
