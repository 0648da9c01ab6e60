import { suppressionSpec } from '../../suppression/suppression-spec.js';

const key = { kind: 'public' } as const;

/**
 * What small-cell suppression hides in a visit follow-up row. The visit, the practices shown and
 * adopted and the adoption rate are what councils did: public. Products are protected, so the
 * assessment counts are counts, each PCI mean is held to the assessments it is over, and the
 * changes go with the means they are computed from. The benchmark is the rest of a province,
 * large by construction, and carries no count of its own to hold it to. Visit follow-up has no
 * `by`, so no secondary suppression.
 *
 *     visitOutcomesSuppression.fields.pci_after // { kind: 'mean', over: ['assessed_after'] }
 */
export const visitOutcomesSuppression = suppressionSpec({
  visit_id: key,
  visiting_council_id: key,
  host_council_id: key,
  visit_date: key,
  practices_shown: { kind: 'public', count: true },
  practices_adopted: { kind: 'public', count: true },
  adoption_rate: { kind: 'public' },
  assessed_before: { kind: 'count', unit: 'products' },
  assessed_after: { kind: 'count', unit: 'products' },
  pci_before: { kind: 'mean', over: ['assessed_before'] },
  pci_after: { kind: 'mean', over: ['assessed_after'] },
  pci_change: { kind: 'derived', from: ['pci_before', 'pci_after'] },
  benchmark_change: { kind: 'public' },
  relative_change: { kind: 'derived', from: ['pci_change'] },
});
