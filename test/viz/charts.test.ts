// One runner for the chart tests (as Observable Plot's test/plot-test): each
// chart's snapshot and contract tests live in test/viz/charts/<chart>.ts and
// register their describe blocks when imported here, so jsdom and Plot load
// once rather than once per file.

import "./charts/streamsFrame.ts";
import "./charts/classicMeasures.ts";
import "./charts/classicHeatmap.ts";
import "./charts/importanceProfile.ts";
import "./charts/ladderBars.ts";
import "./charts/estimateDots.ts";
import "./charts/sweep.ts";
import "./charts/participationBars.ts";
import "./charts/userTypeDots.ts";
import "./charts/export.ts";
import "./charts/contract.ts";
