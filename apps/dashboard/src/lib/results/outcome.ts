import { outcomeFields, type OutcomeField } from '@anyam/core';

/**
 * The outcome a result page compares, from its `outcome=` URL parameter: one of core's outcome
 * fields, revenue when absent or unknown (a hand-edited link never breaks the page).
 *
 *     readOutcome('employees') // 'employees'
 *     readOutcome('profit')    // 'revenue_idr'
 */
export function readOutcome(text: string | null): OutcomeField {
  return (outcomeFields as readonly string[]).includes(text ?? '')
    ? (text as OutcomeField)
    : 'revenue_idr';
}
