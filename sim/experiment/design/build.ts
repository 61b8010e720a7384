// The designs as interchangeable parts: a design spec and the factors give
// the design points (stage one of design -> run one -> summarise).

import {rng} from "../../rng.ts";
import {factorial, factorialSize} from "./factorial.ts";
import {levelsOf, type Factor, type Value} from "./factors.ts";
import {latinHypercube} from "./latinHypercube.ts";
import {morris, morrisSize} from "./morris.ts";
import {oneAtATime} from "./oneAtATime.ts";
import type {DesignPoint} from "./point.ts";
import {saltelli, saltelliSize, type SaltelliBase} from "./saltelli.ts";

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
 * The design points. Sampled designs draw from their own generator seeded by
 * `${seed}/design`, so the same experiment file always gives the same points
 * (a Sobol'-based Saltelli design draws nothing: its points are the sequence's).
 */
export function buildDesign(spec: DesignSpec, factors: readonly Factor[], base: Record<string, Value>, seed: string | number): DesignPoint[] {
  const random = rng(`${seed}/design`);
  switch (spec.type) {
    case "factorial": return factorial(factors);
    case "oat": return oneAtATime(factors, base);
    case "lhs": return latinHypercube(factors, spec.n, random);
    case "saltelli": return saltelli(factors, spec.n, spec.secondOrder, random, spec.base ?? "sobol");
    case "morris": return morris(factors, spec.r, spec.levels, random);
  }
}
