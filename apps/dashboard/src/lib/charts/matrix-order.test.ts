import { describe, expect, it } from 'vitest';
import { matrixOrder, type MatrixNode } from './matrix-order.js';

const node = (id: string, group: string | null, degree: number, label = id): MatrixNode => ({
  id,
  label,
  group,
  degree,
});

describe('matrixOrder', () => {
  it('orders by group, then degree (highest first), with nodes outside the scope last', () => {
    const order = matrixOrder([
      node('b', '36', 1),
      node('x', null, 9),
      node('a', '36', 4),
      node('c', '35', 0),
      node('d', '35', 2),
    ]);
    expect(order.map((entry) => entry.id)).toEqual(['d', 'c', 'a', 'b', 'x']);
  });

  it('breaks ties by name, then id, whatever the input order', () => {
    const nodes = [
      node('2', '35', 1, 'Kota Batu'),
      node('1', '35', 1, 'Kab. Malang'),
      node('3', '35', 1, 'Kab. Malang'),
    ];
    const forward = matrixOrder(nodes).map((entry) => entry.id);
    const backward = matrixOrder([...nodes].reverse()).map((entry) => entry.id);
    expect(forward).toEqual(['1', '3', '2']);
    expect(backward).toEqual(forward);
  });
});
