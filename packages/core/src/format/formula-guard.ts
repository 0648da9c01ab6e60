/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): Excel, LibreOffice and Google Sheets run
 * a cell whose text starts with one of these characters as a formula, so a council named
 * `=HYPERLINK("http://…","klik")` would become a live link in a planner's spreadsheet.
 */
export const formulaTriggers = ['=', '+', '-', '@', '\t', '\r'] as const;

const triggerCodes = formulaTriggers.map((character) => character.charCodeAt(0));

// A plain decimal number (what String(-12.5) or DuckDB's CAST(-12.5 AS VARCHAR) writes) is read
// as that number, never as a formula, so it keeps its minus sign. The same pattern in JS and RE2.
const plainNumberPattern = '^-?[0-9]+([.][0-9]+)?([eE][-+]?[0-9]+)?$';
const plainNumber = new RegExp(plainNumberPattern);

/**
 * The text with a single quote in front when a spreadsheet would run it as a formula; other text,
 * and plain numbers such as `-12.5`, unchanged.
 *
 *     neutralizeFormula('=HYPERLINK("http://x","klik")') // `'=HYPERLINK("http://x","klik")`
 *     neutralizeFormula('-12.5')                         // '-12.5'
 *     neutralizeFormula('Tenun Baduy')                   // 'Tenun Baduy'
 */
export function neutralizeFormula(text: string): string {
  if (!triggerCodes.includes(text.charCodeAt(0)) || plainNumber.test(text)) return text;
  return `'${text}`;
}

/**
 * The DuckDB SQL of `neutralizeFormula` over a VARCHAR expression, for files written by `COPY`.
 * NULL stays NULL. `expression` is SQL the caller built from allowlisted identifiers.
 *
 *     neutralizeFormulaSql('"name"')
 *     // `CASE WHEN ascii("name") IN (61, 43, 45, 64, 9, 13) AND NOT regexp_matches("name", '^-?[0-9]+…$') THEN '''' || "name" ELSE "name" END`
 */
export function neutralizeFormulaSql(expression: string): string {
  return (
    `CASE WHEN ascii(${expression}) IN (${triggerCodes.join(', ')})` +
    ` AND NOT regexp_matches(${expression}, '${plainNumberPattern}')` +
    ` THEN '''' || ${expression} ELSE ${expression} END`
  );
}

/**
 * The DuckDB SQL that undoes `neutralizeFormula` on reading: text that is a single quote followed
 * by a trigger character loses the quote, so a file Anyam exported imports back as it was typed.
 * (Excel's own quote prefix is formatting and never reaches a saved file, so a cell that starts
 * with one was written by a guard like ours.) NULL stays NULL.
 *
 *     restoreFormulaSql('x')
 *     // `CASE WHEN starts_with(x, '''') AND ascii(substr(x, 2, 1)) IN (61, 43, 45, 64, 9, 13) THEN substr(x, 2) ELSE x END`
 */
export function restoreFormulaSql(expression: string): string {
  return (
    `CASE WHEN starts_with(${expression}, '''')` +
    ` AND ascii(substr(${expression}, 2, 1)) IN (${triggerCodes.join(', ')})` +
    ` THEN substr(${expression}, 2) ELSE ${expression} END`
  );
}
