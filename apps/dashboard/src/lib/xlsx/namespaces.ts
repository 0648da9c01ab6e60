/** The XML namespaces and declaration every workbook part uses. */
export const spreadsheetMain = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const officeRels = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const packageRels = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
