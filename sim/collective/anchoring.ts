// Anchoring in management (Slettebø et al. 2012 «Fagfolks holdninger», «Mangelfull prosjektplanlegging», 000:L1291-1295, L1170-1184; HUSK Bjerke §7, 003:L2383-2386): a
// proposed service change is adopted with the chance management.anchoring;
// when it is not, the arena is shut down with the chance management.closure.
// Both are draws on the run's generator, so a weakly anchored arena both
// changes less and lives shorter.

import type {Random} from "../rng.ts";

export function adopted(anchoring: number, random: Random): boolean {
  return random() < anchoring;
}

export function shutDown(closure: number, random: Random): boolean {
  return random() < closure;
}
