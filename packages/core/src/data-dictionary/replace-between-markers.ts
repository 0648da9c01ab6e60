/**
 * `text` with what lies between `<!-- NAME:start -->` and `<!-- NAME:end -->` replaced by
 * `block` (a blank line either side), the rest untouched: how a generator rewrites its part of a
 * hand-written Markdown file. Throws when the markers are missing, repeated or out of order.
 *
 *     replaceBetweenMarkers('a\n<!-- x:start -->\nold\n<!-- x:end -->\nb', 'x', 'new')
 *     // 'a\n<!-- x:start -->\n\nnew\n\n<!-- x:end -->\nb'
 */
export function replaceBetweenMarkers(text: string, name: string, block: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (
    from < 0 ||
    to < from ||
    text.indexOf(start, from + 1) >= 0 ||
    text.indexOf(end, to + 1) >= 0
  ) {
    throw new Error(`Expected one ${start} followed by one ${end}.`);
  }
  return `${text.slice(0, from + start.length)}\n\n${block}\n\n${text.slice(to)}`;
}
