import { describe, expect, it } from 'vitest';
import { replaceBetweenMarkers } from './replace-between-markers.js';

describe('replaceBetweenMarkers', () => {
  it('replaces only what lies between the markers', () => {
    const text = '# Title\n\n<!-- x:start -->\n\nold\n\n<!-- x:end -->\n\n## After\n';
    expect(replaceBetweenMarkers(text, 'x', 'new')).toBe(
      '# Title\n\n<!-- x:start -->\n\nnew\n\n<!-- x:end -->\n\n## After\n',
    );
  });

  it('is stable: replacing with the same block gives the same text', () => {
    const once = replaceBetweenMarkers('<!-- x:start --><!-- x:end -->', 'x', 'b');
    expect(replaceBetweenMarkers(once, 'x', 'b')).toBe(once);
  });

  it('refuses missing, repeated or reversed markers', () => {
    expect(() => replaceBetweenMarkers('no markers', 'x', 'b')).toThrow(
      'Expected one <!-- x:start --> followed by one <!-- x:end -->.',
    );
    expect(() => replaceBetweenMarkers('<!-- x:end --><!-- x:start -->', 'x', 'b')).toThrow();
    expect(() =>
      replaceBetweenMarkers('<!-- x:start --><!-- x:start --><!-- x:end -->', 'x', 'b'),
    ).toThrow();
  });
});
