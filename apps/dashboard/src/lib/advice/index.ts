export { adviceLines, type AdviceLinesContext } from './advice-lines.js';
export { isAhead } from './is-ahead.js';
export { subScoreName } from './sub-score-name.js';
export { weakestSubScore } from './weakest-sub-score.js';
export { weakestSubScoreEntry } from './weakest-sub-score-entry.js';
export { yearsLabel } from './years-label.js';
