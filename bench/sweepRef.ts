// The reference for the sweep's speed-up and wall time: the same runs with no
// pool, no encoding and no files, in this process; bench/sweep.ts starts one
// of these for all runs and two at once for half the runs each, so their
// speed-up is what the machine gives two computing threads at that moment.
// Prints the compute phase's start and end (epoch ms), its CPU ms and its runs as one JSON line.
import {readFileSync} from "node:fs";
import {planExperiment, runPointRows} from "../sim/experiment/experimentFile.ts";

const [file, part, parts] = process.argv.slice(2);
const plan = planExperiment(JSON.parse(readFileSync(file, "utf8")));
const n = plan.design.size, i = Number(part), k = Number(parts);
const from = Math.floor((i * n) / k), to = Math.floor(((i + 1) * n) / k);
const now = () => performance.timeOrigin + performance.now();
let runs = 0;
const start = now(), cpu0 = process.cpuUsage();
for (let p = from; p < to; ++p) runPointRows(plan, plan.design.point(p), 0, plan.experiment.replications, () => ++runs);
const end = now(), cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({start, end, cpuMs: (cpu.user + cpu.system) / 1000, runs}));
