/**
 * Seeded pseudo-random numbers: xoshiro128** seeded through splitmix32, and standard normals by
 * Marsaglia's polar method. The same seed gives the same stream on every platform, so runs are reproducible.
 */

function splitmix32(state: number): [number, number] {
  const next = (state + 0x9e3779b9) | 0;
  let z = next;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [next, (z ^ (z >>> 16)) >>> 0];
}

export interface Prng {
  /** Uniform in [0, 1) with 32 bits of resolution. */
  nextUniform(): number;
  /** Standard normal draw. */
  nextNormal(): number;
}

/** Creates a generator from an integer seed (any 32-bit integer; other numbers are truncated). */
export function createPrng(seed: number): Prng {
  let sm = seed | 0;
  const s = new Uint32Array(4);
  for (let i = 0; i < 4; i++) {
    const [next, out] = splitmix32(sm);
    sm = next;
    s[i] = out;
  }
  if ((s[0]! | s[1]! | s[2]! | s[3]!) === 0) s[0] = 1;
  let spare = NaN;

  function nextUint32(): number {
    const s0 = s[0]!;
    const s1 = s[1]!;
    const s2 = s[2]!;
    const s3 = s[3]!;
    const x = Math.imul(s1, 5);
    const result = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
    const t = s1 << 9;
    const n2 = s2 ^ s0;
    const n3 = s3 ^ s1;
    s[1] = s1 ^ n2;
    s[0] = s0 ^ n3;
    s[2] = n2 ^ t;
    s[3] = (n3 << 11) | (n3 >>> 21);
    return result;
  }

  function nextUniform(): number {
    return nextUint32() / 4294967296;
  }

  function nextNormal(): number {
    if (!Number.isNaN(spare)) {
      const v = spare;
      spare = NaN;
      return v;
    }
    // Marsaglia's polar method: two normals per accepted point of the unit disc.
    let u = 0;
    let v = 0;
    let s = 0;
    do {
      u = 2 * nextUniform() - 1;
      v = 2 * nextUniform() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    spare = v * f;
    return u * f;
  }

  return { nextUniform, nextNormal };
}

/** Fills `out` with standard normal draws from `prng` and returns it. */
export function fillNormals(prng: Prng, out: Float64Array): Float64Array {
  for (let i = 0; i < out.length; i++) out[i] = prng.nextNormal();
  return out;
}
