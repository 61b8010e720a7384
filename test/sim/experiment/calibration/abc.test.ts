// The ABC core against exact posteriors of two toy models and pyabc 0.12.18's
// ABC-SMC runs (fixture: test/sim/experiment/fixtures/abc-reference.json, which
// says what produced it). Tolerances are the reference's (about 4-5 Monte
// Carlo standard errors); seeds are fixed, so the runs are deterministic.
import {describe, expect, it} from "vitest";
import {readFileSync} from "node:fs";
import {randomNormal, rng} from "../../../../sim/rng.ts";
import {parsePopulation, populationJson, runAbc, type AbcSpec, type Job, type Population} from "../../../../sim/experiment/calibration/abc.ts";
import {ess, weightedMean, weightedQuantile, weightedSd} from "../../../../sim/experiment/calibration/weighted.ts";

const ref = JSON.parse(readFileSync(new URL("../fixtures/abc-reference.json", import.meta.url), "utf8"));

/** Toy 1: the mean of 20 draws from N(mu, 1). */
const toy1 = async (jobs: Job[]) => jobs.map(({theta, seed}) => {
  const random = rng(seed);
  let s = 0;
  for (let i = 0; i < 20; ++i) s += theta[0] + randomNormal(random);
  return [s / 20];
});
/** Toy 2: k1 ~ Bin(50, theta1), k2 ~ Bin(30, theta2). */
const toy2 = async (jobs: Job[]) => jobs.map(({theta, seed}) => {
  const random = rng(seed);
  const bin = (n: number, p: number) => { let k = 0; for (let i = 0; i < n; ++i) if (random() < p) ++k; return k; };
  return [bin(ref.toy2.n1, theta[0]), bin(ref.toy2.n2, theta[1])];
});
const d1 = (s: number[]) => Math.abs(s[0] - ref.toy1.observedSummary);
const d2 = (s: number[]) => Math.max(Math.abs(s[0] - ref.toy2.k1), Math.abs(s[1] - ref.toy2.k2));
const col = (p: Population, k: number) => p.thetas.map((t) => t[k]);

describe("ABC-SMC recovers the exact posteriors (pyabc's settings)", () => {
  it("toy 1, normal mean: adaptive (median) epsilon down to 0.01", async () => {
    const spec: AbcSpec = {priors: [{key: "mu", min: -5, max: 5}], particles: 1000, seed: "abc-toy1",
      schedule: {kind: "quantile", generations: 20, quantile: 0.5, minEpsilon: 0.01}, maxSimulations: 1e6};
    const {populations, stop} = await runAbc(spec, toy1, d1);
    expect(stop).toBe("minEpsilon");
    const last = populations.at(-1)!;
    expect(last.epsilon).toBeLessThanOrEqual(0.05);
    // epsilons shrink generation by generation
    for (let g = 1; g < populations.length; ++g) expect(populations[g].epsilon).toBeLessThan(populations[g - 1].epsilon);
    const mu = col(last, 0), w = last.weights;
    const exact = ref.toy1.exactPosterior;
    const epsSd = Math.sqrt(1 / 20 + last.epsilon ** 2 / 3);
    // the closed form the reference states, checked on its own table
    for (const e of ref.toy1.byEps) expect(Math.sqrt(1 / 20 + e.eps ** 2 / 3)).toBeCloseTo(e.sd, 10);
    expect(Math.abs(weightedMean(mu, w) - exact.mean)).toBeLessThan(0.05);
    expect(Math.abs(weightedSd(mu, w) / epsSd - 1)).toBeLessThan(0.2);
    expect(Math.abs(weightedQuantile(mu, w, 0.025) - exact.quantiles["0.025"])).toBeLessThan(0.08);
    expect(Math.abs(weightedQuantile(mu, w, 0.975) - exact.quantiles["0.975"])).toBeLessThan(0.08);
    // weights are not degenerate (pyabc's ESS was 508-774)
    expect(ess(w)).toBeGreaterThan(150);
    // the work is of pyabc's order (94k-170k simulations)
    const sims = populations.reduce((t, p) => t + p.simulations, 0);
    expect(sims).toBeLessThan(3 * Math.max(...ref.pyabc.toy1.map((r: {simulations: number}) => r.simulations)));
  }, 120_000);

  it("toy 2, two binomials: explicit epsilons 8, 5, 3, 2, 1, 0", async () => {
    const spec: AbcSpec = {priors: [{key: "theta1", min: 0, max: 1}, {key: "theta2", min: 0, max: 1}], particles: 1000, seed: "abc-toy2",
      schedule: {kind: "list", epsilons: ref.pyabc.toy2[0].epsilons}, maxSimulations: 1e6};
    const {populations, stop} = await runAbc(spec, toy2, d2);
    expect(stop).toBe("schedule");
    expect(populations.map((p) => p.epsilon)).toEqual([8, 5, 3, 2, 1, 0]);
    const last = populations.at(-1)!;
    for (const s of last.summaries) expect(s).toEqual([ref.toy2.k1, ref.toy2.k2]);
    const e = ref.toy2.exactPosterior;
    expect(Math.abs(weightedMean(col(last, 0), last.weights) - e.theta1.mean)).toBeLessThan(0.02);
    expect(Math.abs(weightedMean(col(last, 1), last.weights) - e.theta2.mean)).toBeLessThan(0.025);
    expect(Math.abs(weightedSd(col(last, 0), last.weights) / e.theta1.sd - 1)).toBeLessThan(0.25);
    expect(Math.abs(weightedSd(col(last, 1), last.weights) / e.theta2.sd - 1)).toBeLessThan(0.25);
  }, 120_000);
});

describe("rejection ABC", () => {
  it("accepts at the prior acceptance probability (toy 1, eps 0.1, within 4 binomial SE)", async () => {
    const row = ref.toy1.byEps.find((r: {eps: number}) => r.eps === 0.1);
    const spec: AbcSpec = {priors: [{key: "mu", min: -5, max: 5}], particles: 400, seed: "abc-rejection",
      schedule: {kind: "list", epsilons: [0.1]}, maxSimulations: 1e6};
    const [pop] = (await runAbc(spec, toy1, d1)).populations;
    const p = row.acceptance_prob_under_prior, n = pop.attempts;
    expect(Math.abs(pop.thetas.length / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
    expect(pop.distances.every((d) => d <= 0.1)).toBe(true);
    // and samples the eps-matched posterior
    expect(Math.abs(weightedMean(col(pop, 0), pop.weights) - row.mean)).toBeLessThan(0.05);
    expect(Math.abs(weightedSd(col(pop, 0), pop.weights) / row.sd - 1)).toBeLessThan(0.2);
  });

  it("exact-match rejection on toy 2 accepts at 1/(51*31)", async () => {
    const spec: AbcSpec = {priors: [{key: "theta1", min: 0, max: 1}, {key: "theta2", min: 0, max: 1}], particles: 60, seed: "abc-rejection2",
      schedule: {kind: "list", epsilons: [0]}, maxSimulations: 1e6};
    const [pop] = (await runAbc(spec, toy2, d2)).populations;
    const p = ref.toy2.acceptanceExactMatch, n = pop.attempts;
    expect(p).toBeCloseTo(1 / (51 * 31), 12);
    expect(Math.abs(pop.thetas.length / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
  });
});

describe("runs are deterministic and resumable", () => {
  const spec: AbcSpec = {priors: [{key: "mu", min: -5, max: 5}], particles: 100, seed: "abc-resume",
    schedule: {kind: "quantile", generations: 4, quantile: 0.5, minEpsilon: 0}, maxSimulations: 1e6};
  it("a run resumed from a saved generation gives the same particles as one run through", async () => {
    const whole = await runAbc(spec, toy1, d1);
    expect(whole.populations).toHaveLength(4);
    const saved: Population[] = [];
    await runAbc({...spec, schedule: {...spec.schedule, generations: 2}} as AbcSpec, toy1, d1, [], (p) => saved.push(parsePopulation(populationJson(p))));
    expect(saved).toHaveLength(2);
    expect(saved[0].epsilon).toBe(Infinity);
    const resumed = await runAbc(spec, toy1, d1, saved);
    expect(resumed.populations).toEqual(whole.populations);
    const other = await runAbc({...spec, seed: "abc-resume-2"}, toy1, d1);
    expect(other.populations[1].thetas).not.toEqual(whole.populations[1].thetas);
  });
  it("stops at the simulation budget, keeping the generations done", async () => {
    const r = await runAbc({...spec, maxSimulations: 250}, toy1, d1);
    expect(r.stop).toBe("budget");
    expect(r.populations.length).toBeGreaterThanOrEqual(1);
    expect(r.populations.reduce((t, p) => t + p.simulations, 0)).toBeLessThanOrEqual(250);
  });
});

describe("adaptive epsilons on a distance with few values", () => {
  it("do not stall where the quantile equals the last epsilon (toy 2, quantile schedule)", async () => {
    const spec: AbcSpec = {priors: [{key: "theta1", min: 0, max: 1}, {key: "theta2", min: 0, max: 1}], particles: 200, seed: "abc-stall",
      schedule: {kind: "quantile", generations: 30, quantile: 0.5, minEpsilon: 0}, maxSimulations: 1e6};
    const {populations, stop} = await runAbc(spec, toy2, d2);
    for (let g = 2; g < populations.length; ++g) expect(populations[g].epsilon).toBeLessThan(populations[g - 1].epsilon);
    expect(populations.at(-1)!.epsilon).toBe(0);
    expect(stop).toBe("minEpsilon");
  }, 60_000);
});
