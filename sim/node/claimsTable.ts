// Prints the share of draws in which each emergent claim holds, on the draws
// the claims test uses (seed claims-lhs, 20 draws) and on the independent
// confirmation draws (seed claims-lhs-confirm, 40 draws) and on the third set
// (seed claims-lhs-third, 40 draws), 30 paired replications each, as in
// test/sim/participation/claims.test.ts; then each documented region's
// confusion counts on the draws it was checked on.
//   npx tsx sim/node/claimsTable.ts [--set key=value ...]
// --set applies a parameter value to both sides of every claim after the draw
// (e.g. --set staff.allocation=oldest), to see whether a finding hinges on it.
// --ablate streams prints instead, per claim over the first set's 20 draws, the
// mean paired difference in full and with the garbage-can dynamics frozen, and
// the share of the effect the frozen runs lose ((full - frozen) / full).
import {CLAIMS, CLAIM_REGIONS, CLAIM_REGIONS_THIRD, THIRD_SET, evaluateClaim, latinHypercube, regionConfusion, type ClaimDecl, type ClaimDraw} from "../participation/claims.ts";
import {preset} from "../participation/presets.ts";
import {setParameter} from "../participation/scenario.ts";
import {oneOf, parseFlags, UsageError} from "./args.ts";
import {shareLost} from "../experiment/compare.ts";
import {errorLine} from "./args.ts";

const SETS = [["claims-lhs", 20, "claims"], ["claims-lhs-confirm", 40, "claims-confirm"], [THIRD_SET.seed, THIRD_SET.draws, THIRD_SET.replicationSeed]] as const;

/** Runs the table; returns the exit code (2 on bad input, with one line on err). */
export function main(args: string[], out: (s: string) => void = (s) => process.stdout.write(s), err: (s: string) => void = (s) => process.stderr.write(s)): number {
  let set: Record<string, string | number | boolean>;
  let ablate: string | undefined;
  try {
    set = parseSets(args);
    ablate = oneOf(parseFlags(args, FLAGS).values, "ablate", ["streams"]);
  } catch (e) {
    err(errorLine(e) + "\n");
    return 2;
  }
  const withSet = (c: ClaimDecl): ClaimDecl => ({...c, a: {...c.a!, set: {...(c.a!.set ?? {}), ...set}}, b: {...c.b!, set: {...(c.b!.set ?? {}), ...set}}});
  if (ablate) return ablation(withSet, out);
  out(["claim", ...SETS.map(([seed, n]) => `${seed} (${n})`)].join("\t") + "\n");
  const results = new Map<string, ClaimDraw[]>();
  for (const claim of CLAIMS.filter((c) => c.kind === "emergent")) {
    const cells = SETS.map(([seed, n, reps]) => {
      const rs = latinHypercube(seed, n).map((d, k) => evaluateClaim(withSet(claim), d, 30, `${reps}/${k}`));
      results.set(`${claim.id} ${seed}`, rs);
      return `${rs.filter((r) => r.holds).length}/${n}`;
    });
    out([claim.id, ...cells].join("\t") + "\n");
  }
  // each region on the draws it was checked on (not the ones it was read from)
  out("\nregion\tdeclared in\tchecked on\tin: hold/fail\toutside: hold/fail\taccuracy\tno-information\n");
  // (the first regions also on the third set, which was fixed before any of it was evaluated)
  const regions = [...CLAIM_REGIONS.flatMap((r) => [[r, "claims-lhs-confirm", "CLAIM_REGIONS"], [r, THIRD_SET.seed, "CLAIM_REGIONS"]] as const), ...CLAIM_REGIONS_THIRD.map((r) => [{...r, confirmed: r.confirmed ?? false}, THIRD_SET.seed, "CLAIM_REGIONS_THIRD"] as const)];
  for (const [region, seed, declared] of regions) {
    const c = regionConfusion(region, results.get(`${region.claim} ${seed}`)!);
    out([region.claim, declared, seed, `${c.inHolds}/${c.inFails}`, `${c.outHolds}/${c.outFails}`, c.accuracy.toFixed(3), c.noInformation.toFixed(3)].join("\t") + "\n");
  }
  return 0;
}

/** Per emergent claim, on the first set: the mean paired difference over the draws in full and frozen, and the share the frozen runs lose. */
function ablation(withSet: (c: ClaimDecl) => ClaimDecl, out: (s: string) => void): number {
  const [seed, n, reps] = SETS[0];
  out(`claim\tfull (mean over ${seed}, ${n} draws)\tfrozen\tlost\tfrozen holds\n`);
  const draws = latinHypercube(seed, n);
  for (const claim of CLAIMS.filter((c) => c.kind === "emergent")) {
    const full = draws.map((d, k) => evaluateClaim(withSet(claim), d, 30, `${reps}/${k}`));
    const frozen = draws.map((d, k) => evaluateClaim(withSet(claim), d, 30, `${reps}/${k}`, true));
    const mean = (rs: ClaimDraw[]) => { const v = rs.map((r) => r.difference.mean).filter(Number.isFinite); return v.length ? v.reduce((a, b) => a + b, 0) / v.length : NaN; };
    const f = mean(full), z = mean(frozen), lost = shareLost(f, z);
    out([claim.id, f.toFixed(4), z.toFixed(4), Number.isFinite(lost) ? `${Math.round(lost * 100)}%` : "–", `${frozen.filter((r) => r.holds).length}/${n}`].join("\t") + "\n");
  }
  return 0;
}

const FLAGS = {set: {type: "string", multiple: true}, ablate: {type: "string"}} as const;

/** The --set flags as parameter values, each validated on a preset (a global parameter: one-line error naming key and value). */
export function parseSets(args: string[]): Record<string, string | number | boolean> {
  const {values} = parseFlags(args, FLAGS);
  const set: Record<string, string | number | boolean> = {};
  for (const kv of (values.set as string[] | undefined) ?? []) {
    const eq = kv.indexOf("=");
    if (eq < 1) throw new UsageError(`invalid --set ${JSON.stringify(kv)} (allowed: key=value)`);
    const key = kv.slice(0, eq), raw = kv.slice(eq + 1);
    const value = raw === "true" ? true : raw === "false" ? false : raw.trim() !== "" && Number.isFinite(Number(raw)) ? Number(raw) : raw;
    setParameter(preset("casework"), key, value); // validates key and value (one-line error)
    set[key] = value;
  }
  return set;
}

if (process.argv[1]?.endsWith("sim/node/claimsTable.ts")) process.exitCode = main(process.argv.slice(2));
