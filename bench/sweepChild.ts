// Runs one command of the command line in this process and prints its wall
// time, CPU time and the process's peak resident memory (workers are threads, so this
// covers them) as one JSON line on stdout. Used by bench/sweep.ts.
import {main} from "../sim/cli.ts";

const t0 = performance.now(), c0 = process.cpuUsage();
const code = await main(process.argv.slice(2), () => {}, () => {});
const ms = performance.now() - t0;
const cpu = process.cpuUsage(c0);
// CPU time of every thread of the process: less sensitive than wall time to other load on the machine.
console.log(JSON.stringify({code, ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMB: process.resourceUsage().maxRSS / 1024}));
