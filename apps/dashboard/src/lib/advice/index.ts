export { adviceLines, type AdviceLinesContext } from './advice-lines.js';
export { isAhead } from './is-ahead.js';
export { subScoreName } from './sub-score-name.js';
export { weakestSubScore } from './weakest-sub-score.js';
export { yearsLabel } from './years-label.js';
