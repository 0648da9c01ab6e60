export { reach } from './reach.js';
export { reachSql } from './reach-sql.js';
export { reachSuppression } from './reach-suppression.js';
export { reachMetric } from './reach-metric.js';
