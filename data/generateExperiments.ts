// Writes data/experiment.schema.json (from EXPERIMENT_SCHEMA), data/calibration.schema.json
// (from CALIBRATION_SCHEMA) and the Morris
// screening example data/experiments/transfer-morris.json: every declared
// numeric parameter of the transfer-visit preset, over half to one and a half
// times its value, within the declared range.
// Run: npx tsx data/generateExperiments.ts   (tests fail when these are out of date)
import {writeFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {EXPERIMENT_SCHEMA} from "../sim/experiment/experimentFile.ts";
import {transferMorris} from "../sim/experiment/examples.ts";
import {CALIBRATION_SCHEMA} from "../sim/experiment/calibration/calibrationFile.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
writeFileSync(root + "data/experiment.schema.json", JSON.stringify(EXPERIMENT_SCHEMA, null, 2) + "\n");
writeFileSync(root + "data/calibration.schema.json", JSON.stringify(CALIBRATION_SCHEMA, null, 2) + "\n");
writeFileSync(root + "data/experiments/transfer-morris.json", JSON.stringify(transferMorris(), null, 2) + "\n");
console.log("wrote data/experiment.schema.json, data/calibration.schema.json and data/experiments/transfer-morris.json");
