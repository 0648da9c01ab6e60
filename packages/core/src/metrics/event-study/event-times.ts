/** The horizon of the event study when none is given (metrics.md section 10). */
export const defaultHorizon = 3;

/**
 * The longest horizon an event study takes (metrics.md section 10): option parsing refuses a
 * longer one, and the dashboard offers 1 to this.
 *
 *     maxHorizon // 10
 */
export const maxHorizon = 10;

/**
 * The event times of an event study with horizon `h`: `-h .. h` without `-1`, the base year.
 *
 *     eventTimes(2) // [-2, 0, 1, 2]
 */
export function eventTimes(horizon: number = defaultHorizon): number[] {
  const times: number[] = [];
  for (let e = -horizon; e <= horizon; e++) if (e !== -1) times.push(e);
  return times;
}
