/** visit_outcomes: one row per counted study visit, in order of `visit_date`, then `visit_id`. */
export type VisitOutcomesRow = {
  readonly visit_id: string;
  readonly visiting_council_id: string;
  readonly host_council_id: string;
  readonly visit_date: string;
  readonly practices_shown: number;
  readonly practices_adopted: number;
  readonly adoption_rate: number | null;
  readonly assessed_before: number;
  readonly assessed_after: number;
  readonly pci_before: number | null;
  readonly pci_after: number | null;
  readonly pci_change: number | null;
  readonly benchmark_change: number | null;
  readonly relative_change: number | null;
};
