// The calibration report as plain text for the command line (sim/ itself
// formats no numbers for display).
import type {CalibrationReport} from "../experiment/calibration/report.ts";

const f = (x: number) => (Number.isFinite(x) ? (Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toPrecision(3)) : String(x));

/** The report as plain text (tables of the posterior and the posterior predictive). */
export function reportText(r: CalibrationReport): string {
  const lines: string[] = [];
  const why = {schedule: "schedule done", minEpsilon: "minimum epsilon reached", budget: "simulation budget spent"}[r.stop];
  lines.push(`calibration ${r.id}: ${r.method}, ${r.generations.length} generation(s), ${r.simulations} model runs (${why})`);
  lines.push("generation  epsilon  acceptance  ESS");
  r.generations.forEach((g, i) => lines.push(`${String(i).padStart(10)}  ${f(g.epsilon).padStart(7)}  ${f(g.acceptance).padStart(10)}  ${g.ess.toFixed(0)}`));
  lines.push("", "posterior (median [95% interval]; prior range)");
  for (const p of r.parameters) lines.push(`  ${p.key}: ${f(p.median)} [${f(p.lo)}, ${f(p.hi)}]; prior [${f(p.prior[0])}, ${f(p.prior[1])}]`);
  lines.push("", "posterior predictive (median [95% interval]; observed ± tolerance; inside the interval; share within tolerance)");
  for (const t of r.targets)
    lines.push(`  ${t.role === "fit" ? "fit     " : "held out"} ${t.measure}: ${f(t.median)} [${f(t.lo)}, ${f(t.hi)}]; observed ${f(t.observed)} ± ${f(t.tolerance)}; ${t.inside ? "inside" : "OUTSIDE"}; ${(100 * t.withinTolerance).toFixed(0)}%`);
  return lines.join("\n") + "\n";
}
