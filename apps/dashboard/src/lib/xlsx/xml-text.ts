/**
 * Text as the content of an XML element or attribute in a workbook part: `&`, `<`, `>` and `"`
 * escaped; characters XML 1.0 cannot hold (control characters, lone surrogates) written the way
 * Office writes them, `_xHHHH_`, so a name with a stray control character keeps it instead of
 * breaking the file. A literal `_xHHHH_` in the text has its `_` escaped the same way, or Excel
 * would decode it.
 *
 *     xmlText('Tenun & <Batik>')  // 'Tenun &amp; &lt;Batik&gt;'
 *     xmlText('a\u0001b')         // 'a_x0001_b'
 *     xmlText('_x0041_')          // '_x005F_x0041_'
 */
export function xmlText(text: string): string {
  return (
    text
      .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
      // CR too: an XML reader turns a raw CR into LF, so it would not survive the round trip.
      // eslint-disable-next-line no-control-regex -- finding control characters is the point
      .replace(/[\u0000-\u0008\u000b-\u000d\u000e-\u001f\ufffe\uffff]/g, escapeCode)
      // A surrogate without its pair is no character at all: the replacement character stands in.
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

function escapeCode(character: string): string {
  return `_x${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
}
