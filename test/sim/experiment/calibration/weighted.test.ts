// Weighted particle summaries, defined as pyabc's (the reference file's
// weighted_summary_definition): normalised-weight moments, sd without bias
// correction, quantile the smallest value whose cumulative weight reaches q.
import {describe, expect, it} from "vitest";
import {cholesky, ess, weightedCovariance, weightedMean, weightedQuantile, weightedSd} from "../../../../sim/experiment/calibration/weighted.ts";

describe("weighted summaries", () => {
  const x = [3, 1, 2, 4], w = [1, 1, 2, 4];
  it("moments with normalised weights", () => {
    expect(weightedMean(x, w)).toBeCloseTo((3 + 1 + 4 + 16) / 8, 12);
    const m = 3;
    expect(weightedSd(x, w)).toBeCloseTo(Math.sqrt((0 + 4 + 2 * 1 + 4 * 1) / 8), 12);
    expect(weightedSd(x, w.map((v) => v * 7))).toBeCloseTo(weightedSd(x, w), 12);
    expect(weightedMean(x, w)).toBe(m);
  });
  it("quantile: smallest value whose cumulative weight reaches q (sorted 1, 2, 3, 4 with weights 1/8, 2/8, 1/8, 4/8)", () => {
    expect(weightedQuantile(x, w, 0.1)).toBe(1);
    expect(weightedQuantile(x, w, 0.125)).toBe(1);
    expect(weightedQuantile(x, w, 0.2)).toBe(2);
    expect(weightedQuantile(x, w, 0.5)).toBe(3);
    expect(weightedQuantile(x, w, 0.51)).toBe(4);
    expect(weightedQuantile([NaN, 5], [1, 1], 0.5)).toBe(5);
  });
  it("effective sample size 1 / sum(w^2)", () => {
    expect(ess([1, 1, 1, 1])).toBeCloseTo(4, 12);
    expect(ess([1, 0, 0, 0])).toBe(1);
  });
  it("covariance and its Cholesky factor", () => {
    const pts = [[0, 0], [1, 2], [2, 4], [3, 5]];
    const c = weightedCovariance(pts, [1, 1, 1, 1]);
    expect(c[0][0]).toBeCloseTo(1.25, 12);
    expect(c[0][1]).toBeCloseTo(c[1][0], 12);
    const l = cholesky(c);
    for (let a = 0; a < 2; ++a) for (let b = 0; b < 2; ++b) expect(l[a][0] * l[b][0] + l[a][1] * l[b][1]).toBeCloseTo(c[a][b], 12);
    expect(() => cholesky([[1, 1], [1, 1]])).toThrow(/not positive definite/);
  });
});
