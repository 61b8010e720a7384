// Preloaded into a command-line process by bench/memory.ts: prints the
// process's peak resident set size on stderr as it exits.
import {writeSync} from "node:fs";

process.on("exit", () => {
  writeSync(2, `peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
