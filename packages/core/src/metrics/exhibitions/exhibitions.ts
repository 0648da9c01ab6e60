import { exhibitionScales } from '../../domain/enums.js';
import { isInRegion } from '../../regions/code.js';
import type { Exhibitor } from '../../domain/schemas.js';
import type { MetricInput, MetricOptions, MetricRow } from '../types.js';

/**
 * What the enterprises of `r` did at exhibitions (wherever held) whose `start_date` is in `P`
 * (metrics.md section 8): one row per `scale` in enumeration order, then `joint: true`, then
 * `joint: false`. A scale row carries `scale` only and a joint row `joint` only, as metrics.md lists them.
 *
 *     exhibitions(input, { region: '36', from: '2024-01-01', to: '2024-12-31' })
 *     // [{ scale: 'local', exhibitions: 2, exhibitors: 5, sales_idr: 12500000,
 *     //    sales_per_exhibitor: 2500000, buyer_leads: 9 }, ...,
 *     //  { joint: true, ... }, { joint: false, ... }]
 */
export function exhibitions(input: MetricInput, options: MetricOptions): MetricRow[] {
  const { region, from, to } = options;
  const inScope = new Set(
    input.enterprises.filter((e) => isInRegion(e.region_code, region)).map((e) => e.enterprise_id),
  );
  const events = new Map(
    input.exhibitions
      .filter((exhibition) => from <= exhibition.start_date && exhibition.start_date <= to)
      .map((exhibition) => [
        exhibition.exhibition_id,
        {
          scale: exhibition.scale as string,
          joint: new Set(exhibition.organizer_council_ids).size >= 2,
        },
      ]),
  );
  const counted = input.exhibitors.filter(
    (row) => inScope.has(row.enterprise_id) && events.has(row.exhibition_id),
  );
  const summarise = (
    key: { scale: string } | { joint: boolean },
    rows: readonly Exhibitor[],
  ): MetricRow => {
    const sales = rows.reduce((sum, row) => sum + row.sales_idr, 0);
    return {
      ...key,
      exhibitions: new Set(rows.map((row) => row.exhibition_id)).size,
      exhibitors: rows.length,
      sales_idr: sales,
      sales_per_exhibitor: rows.length === 0 ? null : sales / rows.length,
      buyer_leads: rows.reduce((sum, row) => sum + row.buyer_leads, 0),
    };
  };
  return [
    ...exhibitionScales.map((scale) =>
      summarise(
        { scale },
        counted.filter((row) => events.get(row.exhibition_id)?.scale === scale),
      ),
    ),
    ...[true, false].map((joint) =>
      summarise(
        { joint },
        counted.filter((row) => events.get(row.exhibition_id)?.joint === joint),
      ),
    ),
  ];
}
