import type { Council } from '../../domain/schemas.js';
import { MetricOptionsError } from '../metric-options-error.js';

/**
 * The council advice is for, or a one-sentence error when none was named or the id is unknown.
 *
 *     adviceCouncil(councils, 'C3601') // { council_id: 'C3601', region_code: '36.01', ... }
 *     adviceCouncil(councils, 'CX')    // throws: Unknown council "CX": advice needs --council ...
 */
export function adviceCouncil(councils: readonly Council[], id: string | undefined): Council {
  if (id === undefined || id === '') {
    throw new MetricOptionsError('advice needs --council ID: the council to advise.', 'council');
  }
  const council = councils.find((row) => row.council_id === id);
  if (!council) throw new MetricOptionsError(unknownCouncilMessage(id), 'council');
  return council;
}

/**
 * The sentence for an unknown council, shared with the SQL (which raises it with `error()`).
 *
 *     unknownCouncilMessage('CX') // 'Unknown council "CX": advice needs --council with the id of a council in the dataset.'
 */
export function unknownCouncilMessage(id: string): string {
  return `Unknown council ${JSON.stringify(id)}: advice needs --council with the id of a council in the dataset.`;
}
