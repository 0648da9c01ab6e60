export { glossary, type GlossaryEntry } from './terms.js';
export { findTerms, type TextPiece } from './find-terms.js';
export { glossaryEntry } from './glossary-entry.js';
export { termAnchor } from './term-anchor.js';
export { termDescriptionId } from './term-description-id.js';
export { glossaryText, type GlossaryTextKey } from './glossary-text.js';
export {
  whyNotEstimable,
  type NotEstimableReason,
  type CohortCounts,
} from './why-not-estimable.js';
export { whyPooledNotEstimable } from './why-pooled-not-estimable.js';
