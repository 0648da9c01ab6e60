export { retention } from './retention.js';
export { retentionSql } from './retention-sql.js';
export { retentionSuppression } from './retention-suppression.js';
export { retentionMetric } from './retention-metric.js';
