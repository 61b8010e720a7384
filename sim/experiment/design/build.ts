// The designs as interchangeable parts: a design spec and the factors give
// the design points (stage one of design -> run one -> summarise).

import {rng} from "../../rng.ts";
import {factorialDesign, factorialSize} from "./factorial.ts";
import {levelsOf, type Factor, type Value} from "./factors.ts";
import {latinHypercubeDesign} from "./latinHypercube.ts";
import {morrisDesign, morrisSize} from "./morris.ts";
import {oneAtATimeDesign} from "./oneAtATime.ts";
import {allPoints, type Design, type DesignPoint} from "./point.ts";
import {saltelliBase, saltelliDesign, saltelliSize, type SaltelliBase} from "./saltelli.ts";
import {SOBOL_BITS} from "./sobolSequence.ts";

export type DesignSpec =
  | {type: "factorial"}
  | {type: "oat"}
  | {type: "lhs"; n: number}
  | {type: "saltelli"; n: number; secondOrder: boolean; base?: SaltelliBase; dummy?: boolean}
  | {type: "morris"; r: number; levels: number; dummy?: boolean};

export const DESIGN_TYPES = ["factorial", "oat", "lhs", "saltelli", "morris"] as const;

/** Number of design points, without building the design (to refuse what cannot fit up front). */
export function designSize(spec: DesignSpec, factors: readonly Factor[]): number {
  switch (spec.type) {
    case "factorial": return factorialSize(factors);
    case "oat": return 1 + factors.reduce((n, f) => n + levelsOf(f).length, 0);
    case "lhs": return spec.n;
    case "saltelli": return saltelliSize(factors.length, spec.n, spec.secondOrder);
    case "morris": return morrisSize(factors.length, spec.r);
  }
}

/**
 * Bytes a planned design holds, without planning it: the table a sampled
 * design draws (a Latin hypercube's n x k numbers, a Saltelli base's n x 2k,
 * 8 bytes each, and the shuffle's order of n integers while it draws; a
 * Sobol'-based Saltelli base only its direction numbers; Morris two integers
 * per trajectory and factor); factorial and one-at-a-time designs hold their
 * factors' values only.
 */
export function designBytes(spec: DesignSpec, factors: readonly Factor[]): number {
  const k = factors.length;
  switch (spec.type) {
    case "factorial":
    case "oat": return 8 * factors.reduce((n, f) => n + levelsOf(f).length, 0);
    case "lhs": return 8 * spec.n * k + 4 * spec.n;
    case "saltelli": {
      const base = spec.base ?? "sobol";
      return base === "sobol" ? 4 * 2 * k * SOBOL_BITS + 16 * k : 16 * spec.n * k + (base === "lhs" ? 4 * spec.n : 0);
    }
    case "morris": return 8 * spec.r * k;
  }
}

/**
 * The design, its points made by index. Sampled designs draw from their own
 * generator seeded by `${seed}/design`, so the same experiment file always
 * gives the same points (a Sobol'-based Saltelli design draws nothing: its
 * points are the sequence's); they draw at the first point asked for, so a
 * design whose size alone is needed draws nothing.
 */
export function makeDesign(spec: DesignSpec, factors: readonly Factor[], base: Record<string, Value>, seed: string | number): Design {
  const random = rng(`${seed}/design`);
  switch (spec.type) {
    case "factorial": return factorialDesign(factors);
    case "oat": return oneAtATimeDesign(factors, base);
    case "lhs": return latinHypercubeDesign(factors, spec.n, random);
    case "saltelli": return saltelliDesign(factors, spec.secondOrder, saltelliBase(spec.base ?? "sobol", spec.n, factors.length, random));
    case "morris": return morrisDesign(factors, spec.r, spec.levels, random);
  }
}

/** Every design point (small designs: see makeDesign). */
export function buildDesign(spec: DesignSpec, factors: readonly Factor[], base: Record<string, Value>, seed: string | number): DesignPoint[] {
  return allPoints(makeDesign(spec, factors, base, seed));
}
