// A one-node Slurm cluster in a scratch folder, started by hand as in
// docs/toolchain.md §8: munged as the munge user, then
// slurmctld and slurmd as root, on free ports. Stopped by PID.
import {execFileSync} from "node:child_process";
import {chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {createServer} from "node:net";
import {hostname, tmpdir} from "node:os";
import {join} from "node:path";

export const SLURM_BINARIES = ["/usr/sbin/munged", "/usr/sbin/slurmctld", "/usr/sbin/slurmd", "/usr/bin/sbatch", "/usr/bin/squeue", "/usr/bin/sinfo"];

/** Why a cluster cannot be started here, or undefined when it can. */
export function slurmUnavailable(): string | undefined {
  if (process.getuid?.() !== 0) return "not root (the daemons need root)";
  const missing = SLURM_BINARIES.filter((b) => !existsSync(b));
  if (missing.length) return `missing ${missing.join(", ")} (apt-get install slurm-wlm munge)`;
  if (!existsSync("/etc/munge/munge.key")) return "no /etc/munge/munge.key";
  return undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as {port: number}).port;
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Cluster {
  env: NodeJS.ProcessEnv;
  stop(): Promise<void>;
}

export async function startCluster(): Promise<Cluster> {
  const S = mkdtempSync(join(tmpdir(), "gcl-slurm-"));
  chmodSync(S, 0o755);
  const m = join(S, "munge");
  for (const d of ["etc", "run", "log", "lib"]) mkdirSync(join(m, d), {recursive: true});
  for (const d of ["state", "spool"]) mkdirSync(join(S, d));
  copyFileSync("/etc/munge/munge.key", join(m, "etc/munge.key"));
  const uid = Number(execFileSync("id", ["-u", "munge"]).toString()), gid = Number(execFileSync("id", ["-g", "munge"]).toString());
  for (const p of [m, ...["etc", "run", "log", "lib", "etc/munge.key"].map((d) => join(m, d))]) chownSync(p, uid, gid);
  // the socket's directory chain must be world-executable; the key's stays private
  chmodSync(m, 0o755); chmodSync(join(m, "run"), 0o755);
  for (const d of ["etc", "log", "lib"]) chmodSync(join(m, d), 0o700);
  chmodSync(join(m, "etc/munge.key"), 0o600);
  const socket = join(m, "run/munge.socket.2");
  const pids: string[] = [join(m, "run/munged.pid"), join(S, "slurmctld.pid"), join(S, "slurmd.pid")];
  const stop = async () => {
    for (const f of [...pids].reverse()) {
      let pid: number;
      try {
        pid = Number(readFileSync(f, "utf8").trim());
        process.kill(pid, "SIGTERM");
      } catch { continue; /* not running */ }
      for (let i = 0; i < 100; ++i) {
        try { process.kill(pid, 0); } catch { break; }
        await sleep(50);
      }
    }
    rmSync(S, {recursive: true, force: true});
  };
  try {
    execFileSync("runuser", ["-u", "munge", "--", "/usr/sbin/munged", `--key-file=${join(m, "etc/munge.key")}`, `--socket=${socket}`,
      `--pid-file=${pids[0]}`, `--log-file=${join(m, "log/munged.log")}`, `--seed-file=${join(m, "lib/munged.seed")}`]);
    const [ctld, d] = [await freePort(), await freePort()];
    const host = hostname();
    const conf = join(S, "slurm.conf");
    writeFileSync(conf, `ClusterName=gcltest
SlurmctldHost=${host}
SlurmUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=${socket}
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
ReturnToService=2
MaxArraySize=500
StateSaveLocation=${S}/state
SlurmdSpoolDir=${S}/spool
SlurmctldPidFile=${pids[1]}
SlurmdPidFile=${pids[2]}
SlurmctldLogFile=${S}/slurmctld.log
SlurmdLogFile=${S}/slurmd.log
SlurmctldPort=${ctld}
SlurmdPort=${d}
NodeName=${host} CPUs=2 RealMemory=8000 State=UNKNOWN
PartitionName=debug Nodes=${host} Default=YES MaxTime=INFINITE State=UP
`);
    const env = {...process.env, SLURM_CONF: conf};
    execFileSync("/usr/sbin/slurmctld", ["-f", conf], {env});
    execFileSync("/usr/sbin/slurmd", ["-f", conf], {env});
    for (let i = 0; ; ++i) {
      const state = execFileSync("/usr/bin/sinfo", ["-h", "-o", "%t"], {env}).toString().trim();
      if (state === "idle") break;
      if (i > 120) throw new Error(`the node did not come up (sinfo: ${state}); logs in ${S}`);
      await sleep(250);
    }
    return {env, stop};
  } catch (e) {
    await stop();
    throw e;
  }
}
