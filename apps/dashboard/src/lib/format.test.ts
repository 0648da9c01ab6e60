import { describe, expect, it } from 'vitest';
import { formatValue, tickFormat } from './format.js';
import { delta } from './delta.js';

describe('formatValue', () => {
  it('formats each kind per language', () => {
    expect(formatValue(0.125, 'percent', 'id')).toBe('12,5%');
    expect(formatValue(0.125, 'percent', 'en')).toBe('12.5%');
    expect(formatValue(1234, 'count', 'id')).toBe('1.234');
    expect(formatValue(1234, 'count', 'en')).toBe('1,234');
    expect(formatValue(1_250_000_000, 'rupiah', 'id')).toBe('Rp 1,3 M');
    expect(formatValue(-3.25, 'signedPercent', 'en')).toBe('−3.3%');
    expect(formatValue(6.5, 'signedPercent', 'id')).toBe('+6,5%');
    expect(formatValue(1, 'ratio', 'id')).toBe('1,00');
    expect(formatValue(0.9, 'ratio', 'en')).toBe('0.90');
    expect(formatValue(1234.5, 'ratio', 'en')).toBe('1,234.50');
  });

  it('shows a suppressed value as "< 5", never as zero or a dash', () => {
    expect(formatValue(null, 'count', 'id', true)).toBe('< 5');
    expect(formatValue(null, 'percent', 'en', true)).toBe('< 5');
    expect(formatValue(null, 'count', 'id')).toBe('–');
  });

  it('gives axes compact ticks', () => {
    expect(tickFormat('percent', 'id')(0.3)).toBe('30%');
    expect(tickFormat('count', 'en')(1500)).toBe('1,500');
  });
});

describe('delta', () => {
  const units = { points: 'poin', pp: 'poin persen' };
  it('says the change from the year before in the unit that fits the figure', () => {
    expect(delta(110, 100, 'relative', 'id', units)).toEqual({ text: '+10,0%', direction: 1 });
    expect(delta(0.25, 0.3, 'percentagePoints', 'id', units)).toEqual({
      text: '−5 poin persen',
      direction: -1,
    });
    expect(delta(48.5, 46.5, 'points', 'en', { points: 'points', pp: 'pp' })).toEqual({
      text: '+2 points',
      direction: 1,
    });
    expect(delta(17, 17, 'absolute', 'id', units)).toEqual({ text: '±0', direction: 0 });
  });

  it('gives no change when a year is missing or the base is zero', () => {
    expect(delta(5, null, 'absolute', 'id', units)).toBeNull();
    expect(delta(5, 0, 'relative', 'id', units)).toBeNull();
  });
});
