import { canonicalJson } from '../../bench/extraction-snapshot';

// The snapshot that shows an extraction speed-up changes no output relies on one canonical form per graph.
describe('extraction snapshot', () => {
  it('writes objects with their keys sorted at every level and arrays in their order', () => {
    const a = canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } });
    const b = canonicalJson({ a: { c: null, d: [3, { y: 2, z: 1 }] }, b: 1 });
    expect(a).toBe('{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}');
    expect(b).toBe(a);
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });
});
