// Regenerates the files derived from sim/participation/parameters.ts:
//   data/scenario.schema.json           (from SCENARIO_SCHEMA)
//   data/collective.schema.json         (from COLLECTIVE_SCHEMA, sim/collective/scenario.ts)
//   data/lesson.schema.json             (from LESSON_SCHEMA, sim/lesson.ts)
//   sim/ODD.md parameter tables         (between the params and collective-params markers)
//   sim/ODD.md service-change table     (between the collective-changes markers; sim/collective/serviceChanges.ts)
//   sim/ODD.md channel table            (between the collective-channels markers; sim/collective/channels.ts)
// Run: npx tsx data/generate.ts   (tests fail when these are out of date)
import {readFileSync, writeFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {SCENARIO_SCHEMA} from "../sim/participation/scenario.ts";
import {parameterTable} from "../sim/participation/parameters.ts";
import {COLLECTIVE_SCHEMA} from "../sim/collective/scenario.ts";
import {collectiveParameterTable} from "../sim/collective/parameters.ts";
import {channelTable} from "../sim/collective/channels.ts";
import {serviceChangeTable} from "../sim/collective/serviceChanges.ts";
import {LESSON_SCHEMA} from "../sim/lesson.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
writeFileSync(root + "data/scenario.schema.json", JSON.stringify(SCENARIO_SCHEMA, null, 2) + "\n");
writeFileSync(root + "data/collective.schema.json", JSON.stringify(COLLECTIVE_SCHEMA, null, 2) + "\n");
writeFileSync(root + "data/lesson.schema.json", JSON.stringify(LESSON_SCHEMA, null, 2) + "\n");
const oddPath = root + "sim/ODD.md";
const odd = readFileSync(oddPath, "utf8");
const start = "<!-- params:start -->";
const end = "<!-- params:end -->";
const i = odd.indexOf(start);
const j = odd.indexOf(end);
if (i < 0 || j < i) throw new Error("sim/ODD.md lacks the params markers");
let text = odd.slice(0, i + start.length) + "\n" + parameterTable("en") + "\n" + odd.slice(j);
const cStart = "<!-- collective-params:start -->", cEnd = "<!-- collective-params:end -->";
const ci = text.indexOf(cStart), cj = text.indexOf(cEnd);
if (ci < 0 || cj < ci) throw new Error("sim/ODD.md lacks the collective-params markers");
text = text.slice(0, ci + cStart.length) + "\n" + collectiveParameterTable("en") + "\n" + text.slice(cj);
const hStart = "<!-- collective-channels:start -->", hEnd = "<!-- collective-channels:end -->";
const hi = text.indexOf(hStart), hj = text.indexOf(hEnd);
if (hi < 0 || hj < hi) throw new Error("sim/ODD.md lacks the collective-channels markers");
text = text.slice(0, hi + hStart.length) + "\n" + channelTable("en") + "\n" + text.slice(hj);
const gStart = "<!-- collective-changes:start -->", gEnd = "<!-- collective-changes:end -->";
const gi = text.indexOf(gStart), gj = text.indexOf(gEnd);
if (gi < 0 || gj < gi) throw new Error("sim/ODD.md lacks the collective-changes markers");
text = text.slice(0, gi + gStart.length) + "\n" + serviceChangeTable("en") + "\n" + text.slice(gj);
writeFileSync(oddPath, text);
console.log("wrote data/scenario.schema.json, data/collective.schema.json, data/lesson.schema.json and the ODD parameter table");
