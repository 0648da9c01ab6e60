/** A state operation refused for a reason a person can act on (one sentence). */
export class StateError extends Error {
  override readonly name = 'StateError';
}
