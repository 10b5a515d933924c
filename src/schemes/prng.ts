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
  /** Fills `out` with the next standard normal draws (the same stream as calling `nextNormal`) and returns it. */
  fillNormals(out: Float64Array): Float64Array;
}

/** Creates a generator from an integer seed (any 32-bit integer; other numbers are truncated). */
export function createPrng(seed: number): Prng {
  let sm = seed | 0;
  const init = new Uint32Array(4);
  for (let i = 0; i < 4; i++) {
    const [next, out] = splitmix32(sm);
    sm = next;
    init[i] = out;
  }
  if ((init[0]! | init[1]! | init[2]! | init[3]!) === 0) init[0] = 1;
  // The xoshiro128** state as four int32 values: bitwise operators read them exactly as the uint32 words.
  let s0 = init[0]! | 0;
  let s1 = init[1]! | 0;
  let s2 = init[2]! | 0;
  let s3 = init[3]! | 0;
  let spare = NaN;

  function nextUint32(): number {
    const x = Math.imul(s1, 5);
    const result = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
    const t = s1 << 9;
    const n2 = s2 ^ s0;
    const n3 = s3 ^ s1;
    s1 ^= n2;
    s0 ^= n3;
    s2 = n2 ^ t;
    s3 = (n3 << 11) | (n3 >>> 21);
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

  /** `nextNormal` in a loop with the generator inlined: Monte Carlo draws hundreds of thousands at once. */
  function fillNormals(out: Float64Array): Float64Array {
    let i = 0;
    const len = out.length;
    if (len > 0 && !Number.isNaN(spare)) {
      out[i++] = spare;
      spare = NaN;
    }
    let a = s0, b = s1, c = s2, d = s3;
    while (i < len) {
      let u = 0;
      let v = 0;
      let s = 0;
      do {
        let x = Math.imul(b, 5);
        let t = b << 9;
        let n2 = c ^ a;
        let n3 = d ^ b;
        b ^= n2;
        a ^= n3;
        c = n2 ^ t;
        d = (n3 << 11) | (n3 >>> 21);
        u = (2 * (Math.imul((x << 7) | (x >>> 25), 9) >>> 0)) / 4294967296 - 1;
        x = Math.imul(b, 5);
        t = b << 9;
        n2 = c ^ a;
        n3 = d ^ b;
        b ^= n2;
        a ^= n3;
        c = n2 ^ t;
        d = (n3 << 11) | (n3 >>> 21);
        v = (2 * (Math.imul((x << 7) | (x >>> 25), 9) >>> 0)) / 4294967296 - 1;
        s = u * u + v * v;
      } while (s >= 1 || s === 0);
      const f = Math.sqrt((-2 * Math.log(s)) / s);
      out[i++] = u * f;
      if (i < len) out[i++] = v * f;
      else spare = v * f;
    }
    s0 = a;
    s1 = b;
    s2 = c;
    s3 = d;
    return out;
  }

  return { nextUniform, nextNormal, fillNormals };
}

/** Fills `out` with standard normal draws from `prng` and returns it. */
export function fillNormals(prng: Prng, out: Float64Array): Float64Array {
  return prng.fillNormals(out);
}
