// One seeded generator per run (its seed from sim/seeds.ts). Randomness is
// always injected (d3-random style): the core never uses the platform's
// unseeded generator.
import seedrandom from "seedrandom";

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/**
 * The project's generator: seedrandom's xor4096, fast (about 250 M draws/s
 * here) and identical in Node and the browser.
 */
export function rng(seed: string | number): Random {
  const g = seedrandom.xor4096(String(seed));
  return () => g();
}

/** In-place Fisher–Yates shuffle of a typed or plain array. */
export function shuffle<T extends {length: number; [i: number]: any}>(array: T, random: Random): T {
  for (let i = array.length - 1; i > 0; --i) {
    const j = Math.floor(random() * (i + 1));
    const t = array[i];
    array[i] = array[j];
    array[j] = t;
  }
  return array;
}

/** Standard normal draw (Box–Muller; one value per call, keeps no state). */
export function randomNormal(random: Random): number {
  let u = 0;
  while (u === 0) u = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/**
 * Separate seeded streams drawn from one generator (common random numbers per
 * source): each name gets its own generator, seeded from the name and one draw
 * of `random`, in the order given. A source's draws then never shift when
 * another source draws more or less (an added advocate, role or arena).
 */
export function splitStreams<K extends string>(random: Random, names: readonly K[]): Record<K, Random> {
  const out = {} as Record<K, Random>;
  for (const name of names) out[name] = rng(`${name}:${random()}`);
  return out;
}
