/**
 * Product competitiveness index, PCI (metrics.md section 3).
 *
 * For each product of an enterprise in `r` (whatever the enterprise's `registered_on`), its latest
 * assessment with `assessed_on <= to`, however old; products without one are counted as
 * `unassessed` and left out. Indicators go to 0–1 on fixed goalposts (scores `(s-1)/4`, local
 * material share as it is, distinct certifications `min(n,3)/3`, distinct channels `n/5`), then
 * four dimensions: quality (design, craftsmanship, packaging), materials (material, local share),
 * market (market readiness, channels), compliance (certifications). `PCI = 100 Σ w_d dim_d`
 * (arithmetic, default) or `100 exp(Σ w_d ln max(dim_d, 0.01))` (geometric); `weights` (quality,
 * materials, market, compliance; default 0.25 each) are divided by their sum, and negative or
 * all-zero weights are refused.
 *
 * Rows: one keyed `region_code = r`; `by: 'region'` one per child region of the reference (empty
 * ones included, plus `r` itself first when an enterprise is coded exactly `r`); `by:
 * 'craft_category'` one per category of the product, in enumeration order. Fields
 * `products_assessed`, `unassessed`, `pci_median` (interpolated, as DuckDB's `median`),
 * `pci_mean`, `export_ready_share` (PCI ≥ 70 − 1e-9) and the dimension means `quality`,
 * `materials`, `market`, `compliance` on 0–100; rates and means are null without assessed products.
 *
 * `rankUncertainty(rows, { weights, seed })` ranks such rows under Dirichlet-perturbed weights
 * (the dashboard's error bars).
 */
export * from './assessment-dimensions.js';
export * from './assessment-dimensions-sql.js';
export * from './competitiveness.js';
export * from './competitiveness-sql.js';
export * from './competitiveness-metric.js';
export * from './pci.js';
export * from './pci-sql.js';
export * from './pci-weights.js';
export * from './product-scores.js';
export * from './product-scores-sql.js';
export * from './region-product-scores-sql.js';
export * from './rank-uncertainty.js';
