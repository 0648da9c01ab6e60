import { describe, expect, it } from 'vitest';
import { xmlText } from './xml-text.js';

describe('xmlText', () => {
  it('escapes the characters XML gives a meaning', () => {
    expect(xmlText(`Tenun & <Batik> "kota" 'x'`)).toBe(
      `Tenun &amp; &lt;Batik&gt; &quot;kota&quot; 'x'`,
    );
  });

  it('writes control characters and CR as _xHHHH_, keeps tab and line feed', () => {
    expect(xmlText('a\u0000b\u0001c\u001fd\re\tf\ng\u000b')).toBe(
      'a_x0000_b_x0001_c_x001F_d_x000D_e\tf\ng_x000B_',
    );
  });

  it('escapes a literal _xHHHH_ so that Excel does not decode it', () => {
    expect(xmlText('kode_x0041_ dan _x12_')).toBe('kode_x005F_x0041_ dan _x12_');
  });

  it('replaces a lone surrogate and keeps a pair', () => {
    expect(xmlText('a\ud800b')).toBe('a\ufffdb');
    expect(xmlText('a\udc00')).toBe('a\ufffd');
    expect(xmlText('🧺')).toBe('🧺');
  });
});
