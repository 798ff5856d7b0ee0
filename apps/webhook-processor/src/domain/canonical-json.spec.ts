import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('serialises objects with the same content identically whatever the key order', () => {
    // Prepare
    const sent = JSON.parse('{"b":1,"a":{"y":[3,{"q":1,"p":2}],"x":"é"}}');
    const resent = JSON.parse('{ "a": { "x": "\\u00e9", "y": [3, {"p": 2, "q": 1}] }, "b": 1 }');

    // Act
    const first = canonicalJson(sent);
    const second = canonicalJson(resent);

    // Assess
    expect(first).toBe(second);
    expect(first).toBe('{"a":{"x":"é","y":[3,{"p":2,"q":1}]},"b":1}');
  });

  it('keeps array order, because order in an array is content', () => {
    expect(canonicalJson([2, 1])).not.toBe(canonicalJson([1, 2]));
  });
});
