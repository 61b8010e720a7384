// Runs one command of the command line in this process and prints its wall
// time and the process's peak resident memory (workers are threads, so this
// covers them) as one JSON line on stdout. Used by bench/sweep.ts.
import {main} from "../sim/cli.ts";

const t0 = performance.now();
const code = await main(process.argv.slice(2), () => {}, () => {});
const ms = performance.now() - t0;
console.log(JSON.stringify({code, ms, maxRssMB: process.resourceUsage().maxRSS / 1024}));
