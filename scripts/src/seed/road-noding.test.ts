import { describe, expect, it } from 'vitest';
import type { Vec } from './local-frame';
import { nodePolylines } from './road-noding';

const line = (name: string, ...coords: Vec[]) => ({ coords, props: { name } });

describe('nodePolylines', () => {
  it('cuts two crossing roads at one shared vertex', () => {
    const edges = nodePolylines([line('ew', [-10, 0], [10, 0]), line('ns', [0, -10], [0, 10])]);
    expect(edges.map((e) => [e.props.name, e.coords])).toEqual([
      [
        'ew',
        [
          [-10, 0],
          [0, 0],
        ],
      ],
      [
        'ew',
        [
          [0, 0],
          [10, 0],
        ],
      ],
      [
        'ns',
        [
          [0, -10],
          [0, 0],
        ],
      ],
      [
        'ns',
        [
          [0, 0],
          [0, 10],
        ],
      ],
    ]);
  });

  it('cuts a road where another one ends on it', () => {
    const edges = nodePolylines([line('main', [0, 0], [100, 0]), line('spur', [30, 50], [30, 0])]);
    expect(edges).toHaveLength(3);
    expect(edges.filter((e) => e.props.name === 'main').map((e) => e.coords)).toEqual([
      [
        [0, 0],
        [30, 0],
      ],
      [
        [30, 0],
        [100, 0],
      ],
    ]);
  });

  it('cuts at a shared interior vertex and keeps untouched vertices inside edges', () => {
    const edges = nodePolylines([
      line('a', [0, 0], [10, 5], [20, 0], [30, 5]),
      line('b', [20, 0], [20, -10]),
    ]);
    expect(edges.filter((e) => e.props.name === 'a').map((e) => e.coords)).toEqual([
      [
        [0, 0],
        [10, 5],
        [20, 0],
      ],
      [
        [20, 0],
        [30, 5],
      ],
    ]);
  });

  it('leaves roads that do not meet whole', () => {
    const edges = nodePolylines([line('a', [0, 0], [10, 0]), line('b', [0, 5], [10, 5])]);
    expect(edges).toHaveLength(2);
  });
});
