import { describe, expect, it } from 'vitest';
import { signedPoints } from './visits.server.js';

describe('signedPoints', () => {
  it('signs a change, and leaves one that rounds to zero unsigned', () => {
    expect(signedPoints(-1.26, 'id')).toBe('−1,3');
    expect(signedPoints(3.6, 'en')).toBe('+3.6');
    expect(signedPoints(-0.04, 'en')).toBe('0');
  });
});
