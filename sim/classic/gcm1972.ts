// The constants and structures of Cohen, March & Olsen (1972) as pinned in
// docs/classic-1972.md: entry sequences (§1.3), loads (§1.2), energy
// distributions (§1.5), access (§1.6) and decision (§1.7) structures.

export const LOADS = ["light", "moderate", "heavy"] as const;
export const STRUCTURES = ["unsegmented", "hierarchical", "specialized"] as const;
/** "less": important decision makers have less energy (E0); "more": they have more (E2). */
export const ENERGIES = ["less", "equal", "more"] as const;
export const ORIENTATIONS = ["index1", "mirror"] as const;

export type Load = (typeof LOADS)[number];
export type Structure = (typeof STRUCTURES)[number];
export type EnergyDistribution = (typeof ENERGIES)[number];
/** "index1": index 1 is the most important entity (pinned, §1.4); "mirror": the last index is. */
export type Orientation = (typeof ORIENTATIONS)[number];

/** Energy required per attached problem, in energy units (§1.2). */
export const LOAD_VALUE: Record<Load, number> = {light: 1.1, moderate: 2.2, heavy: 3.3};

export const SOLUTION_COEFFICIENT = 0.6;
export const PERIODS = 20;
export const CHOICES = 10;
export const DECISION_MAKERS = 10;
export const PROBLEMS = 20;

/** The 1972 entry sequences as "the id of the k-th entrant" (§1.3, W14). */
export const CHOICE_SEQUENCES: readonly (readonly number[])[] = [
  [10, 7, 9, 5, 2, 3, 4, 1, 6, 8],
  [6, 5, 2, 10, 8, 9, 7, 4, 1, 3]
];
export const PROBLEM_SEQUENCES: readonly (readonly number[])[] = [
  [8, 20, 14, 16, 6, 7, 15, 17, 2, 13, 11, 19, 4, 9, 3, 12, 1, 10, 5, 18],
  [4, 14, 11, 20, 3, 5, 2, 12, 1, 6, 8, 19, 7, 15, 16, 17, 10, 18, 9, 13]
];

/**
 * Raw energy per decision maker per period (before the solution coefficient),
 * listed from the most to the least important decision maker (§1.5).
 * Computed as start + i * step, as the reference re-implementation's arange does.
 */
export function rawEnergies(distribution: EnergyDistribution, n = DECISION_MAKERS): number[] {
  const out: number[] = [];
  for (let k = 0; k < n; ++k) {
    if (distribution === "equal") out.push(0.55);
    // With n = 10: 0.1, 0.2, ..., 1.0 (less) and 1.0, 0.9, ..., 0.1 (more).
    else if (distribution === "less") out.push(0.1 + k * (0.9 / Math.max(1, n - 1)));
    else out.push(1 - k * (0.9 / Math.max(1, n - 1)));
  }
  return out;
}

/**
 * Access structure: rows are problems, columns choices, both listed from the
 * most important. Hierarchical: problem i (0-based) may use choices
 * floor(i * m / w) .. m-1; specialized: only that one choice.
 */
export function accessMatrix(structure: Structure, problems = PROBLEMS, choices = CHOICES): number[][] {
  return Array.from({length: problems}, (_, i) => {
    const first = Math.floor((i * choices) / problems);
    return Array.from({length: choices}, (_, j) =>
      structure === "unsegmented" ? 1 : structure === "hierarchical" ? +(j >= first) : +(j === first)
    );
  });
}

/**
 * Decision structure: rows are decision makers, columns choices, both listed
 * from the most important. Hierarchical: decision maker k may work on choices
 * floor(k * m / v) .. m-1; specialized: only that one.
 */
export function decisionMatrix(structure: Structure, decisionMakers = DECISION_MAKERS, choices = CHOICES): number[][] {
  return Array.from({length: decisionMakers}, (_, k) => {
    const first = Math.floor((k * choices) / decisionMakers);
    return Array.from({length: choices}, (_, j) =>
      structure === "unsegmented" ? 1 : structure === "hierarchical" ? +(j >= first) : +(j === first)
    );
  });
}

/** Reverses importance: row i becomes row n-1-i and column j becomes m-1-j. */
export function mirrorMatrix(matrix: number[][]): number[][] {
  return matrix.slice().reverse().map((row) => row.slice().reverse());
}

/**
 * Entry period (1-based) of each entity, from a sequence read as "the id of
 * the k-th entrant" with `perPeriod` entrants per period from period `start`.
 */
export function entryPeriodsFromSequence(sequence: readonly number[], perPeriod: number, start = 1): number[] {
  const periods = new Array<number>(sequence.length).fill(0);
  for (let k = 0; k < sequence.length; ++k) periods[sequence[k] - 1] = start + Math.floor(k / perPeriod);
  return periods;
}
