// One runner for the chart tests (as Observable Plot's test/plot-test): each
// chart's snapshot and contract tests live in test/viz/charts/<chart>.ts and
// register their describe blocks when imported here, so jsdom and Plot load
// once rather than once per file.

import "./charts/streamsFrame.ts";
import "./charts/runningShares.ts";
import "./charts/classicMeasures.ts";
import "./charts/classicHeatmap.ts";
import "./charts/importanceProfile.ts";
import "./charts/ladderBars.ts";
import "./charts/estimateDots.ts";
import "./charts/costEffect.ts";
import "./charts/sweep.ts";
import "./charts/sensitivity.ts";
import "./charts/participationBars.ts";
import "./charts/userTypeDots.ts";
import "./charts/userTrajectory.ts";
import "./charts/export.ts";
import "./charts/contract.ts";
import "./charts/collective.ts";
import "./charts/discovery.ts";
import "./charts/sample.ts";

import {readFileSync, readdirSync} from "node:fs";
import {describe, expect, it} from "vitest";

describe("chart test registry", () => {
  it("imports every test module in test/viz/charts (an unregistered one would never run)", () => {
    const source = readFileSync(new URL(import.meta.url), "utf8");
    const modules = readdirSync(new URL("./charts/", import.meta.url)).filter((f) => f.endsWith(".ts"));
    expect(modules.length).toBeGreaterThan(5);
    for (const f of modules) expect(source, f).toContain(`import "./charts/${f}";`);
  });
});
