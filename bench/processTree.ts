// Peak memory of a whole process tree (a command and every process it starts,
// e.g. npx -> tsx -> node): the sum of the resident set sizes over the tree,
// sampled from /proc every 20 ms (Linux only), and as an upper bound the sum
// of each process's own peak (VmHWM; the processes' peaks need not coincide).
// Threads (the sweep's workers) are inside their process's figures.
import {spawn} from "node:child_process";
import {openSync, readdirSync, readFileSync} from "node:fs";

export interface TreeFigures {
  code: number | null;
  ms: number;
  /** Largest sampled sum of RSS over the tree, MB. */
  peakMB: number;
  /** Sum over the tree's processes of each one's peak RSS, MB (an upper bound of the tree's peak). */
  hwmSumMB: number;
  /** Most processes seen in the tree at once. */
  processes: number;
  stderr: string;
}

const field = (status: string, name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? 0);

/** The pids of `root` and its descendants, from /proc/<pid>/stat's parent field. */
function tree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      let list = children.get(ppid);
      if (!list) children.set(ppid, (list = []));
      list.push(Number(name));
    } catch {
      // the process ended while the list was read
    }
  }
  const out = [root];
  for (let i = 0; i < out.length; ++i) out.push(...(children.get(out[i]) ?? []));
  return out;
}

/** Runs `command args` with stdout to /dev/null and samples its tree's memory until it exits. */
export function measureTree(command: string, args: string[], cwd: string): Promise<TreeFigures> {
  return new Promise((done, fail) => {
    const t0 = performance.now();
    const child = spawn(command, args, {cwd, stdio: ["ignore", openSync("/dev/null", "w"), "pipe"]});
    let stderr = "", peak = 0, most = 0;
    const hwm = new Map<number, number>();
    child.stderr!.on("data", (d) => (stderr += d));
    const sample = () => {
      if (child.pid === undefined) return;
      let sum = 0, n = 0;
      for (const pid of tree(child.pid)) {
        try {
          const status = readFileSync(`/proc/${pid}/status`, "utf8");
          sum += field(status, "VmRSS");
          hwm.set(pid, Math.max(hwm.get(pid) ?? 0, field(status, "VmHWM")));
          ++n;
        } catch {
          // ended between the listing and the read
        }
      }
      peak = Math.max(peak, sum);
      most = Math.max(most, n);
    };
    const timer = setInterval(sample, 20);
    child.on("error", (e) => { clearInterval(timer); fail(e); });
    child.on("exit", (code) => {
      clearInterval(timer);
      const hwmSum = [...hwm.values()].reduce((a, b) => a + b, 0);
      done({code, ms: performance.now() - t0, peakMB: peak / 1024, hwmSumMB: hwmSum / 1024, processes: most, stderr});
    });
  });
}
