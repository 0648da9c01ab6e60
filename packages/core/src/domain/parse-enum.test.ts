import { describe, expect, it } from 'vitest';
import { parseEnum } from './parse-enum.js';

describe('parseEnum', () => {
  it('accepts the canonical value', () => {
    expect(parseEnum('craft_category', 'woven_textile')).toBe('woven_textile');
  });
  it('accepts Indonesian and English labels in any case, with stray spaces', () => {
    expect(parseEnum('craft_category', ' TENUN ')).toBe('woven_textile');
    expect(parseEnum('craft_category', 'anyaman')).toBe('plaited');
    expect(parseEnum('program_type', 'Pelatihan')).toBe('training');
    expect(parseEnum('size_class', 'mikro')).toBe('micro');
  });
  it('reads L/P as laki-laki/perempuan', () => {
    expect(parseEnum('gender', 'P')).toBe('F');
    expect(parseEnum('gender', 'l')).toBe('M');
  });
  it('returns undefined for an unknown value', () => {
    expect(parseEnum('craft_category', 'silk')).toBeUndefined();
    expect(parseEnum('channel', '')).toBeUndefined();
  });
});
