// One process per shard: a lock file beside the shard's files, created
// exclusively (a complete record hard-linked into place, so no reader sees it
// half-written). Its record names the owner: host, PID and the process's start
// time (so a reused PID is not mistaken for the owner), and the Slurm job and
// array task when there is one. A record whose owner is gone is taken over:
// the right to remove it is itself claimed by creating a file named after
// that record exclusively, so of two processes that find the same dead owner
// only one removes it, and nobody removes a record it has not judged.

import {createHash, randomBytes} from "node:crypto";
import {linkSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync} from "node:fs";
import {hostname} from "node:os";
import {basename, dirname, join} from "node:path";
import {UsageError} from "../args.ts";

/** A lock held by a process on another host and not refreshed for this long is taken to be gone. */
export const LOCK_EXPIRY_MS = 10 * 60 * 1000;
/** How often the holder refreshes its lock's modification time. */
const HEARTBEAT_MS = 60 * 1000;
/** A record that cannot be read yet (being written by a process without hard links) is given this long. */
const UNREADABLE_GRACE_MS = 10 * 1000;

export interface Owner {
  host: string;
  pid: number;
  /** Start time of the process in clock ticks since boot (/proc/<pid>/stat, field 22); absent where there is no /proc. */
  start?: number;
  /** Slurm job and array task: "<array job>_<task>", or the job ID outside an array. */
  job?: string;
  /** Makes every record unique, so a record once removed never comes back. */
  nonce: string;
}

/** What a process is on this host: running (with its start time), a zombie, or gone. */
export interface ProcessInfo {
  state: "running" | "zombie" | "gone";
  start?: number;
}

/** Reads /proc/<pid>/stat where there is one; elsewhere asks the kernel whether the PID exists. */
export function processInfo(pid: number): ProcessInfo {
  let stat: string | undefined;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    // no such process, or no /proc (macOS): fall back to signal 0
  }
  if (stat !== undefined) {
    // The command name (field 2) is in parentheses and may hold spaces or parentheses itself.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const state = fields[0], start = Number(fields[19]);
    return {state: state === "Z" || state === "X" ? "zombie" : "running", start: Number.isFinite(start) ? start : undefined};
  }
  if (pid === process.pid) return {state: "running"};
  try {
    process.kill(pid, 0);
    return {state: "running"};
  } catch (e) {
    return {state: (e as NodeJS.ErrnoException).code === "EPERM" ? "running" : "gone"};
  }
}

/** The Slurm job and array task this process runs in, if any. */
export function slurmJob(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const array = env.SLURM_ARRAY_JOB_ID, task = env.SLURM_ARRAY_TASK_ID;
  if (array && task) return `${array}_${task}`;
  return env.SLURM_JOB_ID || undefined;
}

export interface LockContext {
  host: string;
  pid: number;
  job?: string;
  info: (pid: number) => ProcessInfo;
  now: () => number;
}

export function currentContext(env: NodeJS.ProcessEnv = process.env): LockContext {
  return {host: hostname(), pid: process.pid, job: slurmJob(env), info: processInfo, now: Date.now};
}

/** Why the owner of a record is gone, or undefined when it may still be running. */
export function ownerGone(owner: Owner, modifiedMs: number, ctx: LockContext): string | undefined {
  if (owner.host === ctx.host) {
    const p = ctx.info(owner.pid);
    if (p.state === "gone") return "its process has ended";
    if (p.state === "zombie") return "its process has ended (a zombie)";
    if (owner.start !== undefined && p.start !== undefined && owner.start !== p.start) return "its process has ended (the PID now names another process)";
    return undefined;
  }
  // Slurm runs one instance of a job's task at a time: the same task on another host is a requeue.
  if (owner.job !== undefined && owner.job === ctx.job) return `its Slurm task ${owner.job} was requeued`;
  if (ctx.now() - modifiedMs > LOCK_EXPIRY_MS) return "it expired (not refreshed for 10 minutes)";
  return undefined;
}

function describe(owner: Owner): string {
  return `process ${owner.pid} on ${owner.host}${owner.job ? ` (Slurm job ${owner.job})` : ""}`;
}

/** A record's owner: JSON, or the older "host pid" line (no start time). */
function parseOwner(text: string): Owner | undefined {
  const t = text.trim();
  if (t.startsWith("{")) {
    try {
      const o = JSON.parse(t) as Partial<Owner>;
      if (typeof o.host === "string" && Number.isInteger(o.pid) && typeof o.nonce === "string") return o as Owner;
    } catch {
      return undefined;
    }
    return undefined;
  }
  const m = /^(\S+) (\d+)$/.exec(t);
  return m ? {host: m[1], pid: Number(m[2]), nonce: ""} : undefined;
}

const token = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 16);

interface Record {
  text: string;
  owner?: Owner;
  modifiedMs: number;
}

function readRecord(path: string): Record | undefined {
  try {
    const modifiedMs = statSync(path).mtimeMs;
    const text = readFileSync(path, "utf8");
    return {text, owner: parseOwner(text), modifiedMs};
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw e;
  }
}

/** Creates `path` holding `text` if nothing is there; false if something is. */
function createExclusive(path: string, text: string): boolean {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.new`;
  try {
    writeFileSync(tmp, text, {flag: "wx"});
    try {
      linkSync(tmp, path);
      return true;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EEXIST") return false;
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw e;
    }
    // a file system without hard links: exclusive create (a reader may then see it empty for a moment)
    try {
      writeFileSync(path, text, {flag: "wx"});
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
      throw e;
    }
  } finally {
    rmSync(tmp, {force: true});
  }
}

type Judged = {gone: true; why: string} | {gone: false; owner?: Owner; record: Record};

function judge(r: Record, ctx: LockContext): Judged {
  if (!r.owner) return ctx.now() - r.modifiedMs > UNREADABLE_GRACE_MS ? {gone: true, why: "it cannot be read"} : {gone: false, record: r};
  const why = ownerGone(r.owner, r.modifiedMs, ctx);
  return why ? {gone: true, why} : {gone: false, owner: r.owner, record: r};
}

/**
 * Removes the record at `path` if it still holds `text` (whose owner is gone),
 * holding the claim on that record; true when this process removed it or it
 * is gone already. A claim left by a process that stopped while holding it is
 * taken over the same way, one level up.
 */
function removeDead(path: string, text: string, me: string, ctx: LockContext, depth = 0): boolean {
  if (depth > 8) return false;
  const claim = `${path}.takeover-${token(text)}`;
  for (let attempt = 0; attempt < 2; ++attempt) {
    if (createExclusive(claim, me)) {
      try {
        const now = readRecord(path);
        if (now === undefined) return true;
        if (now.text !== text) return false; // replaced meanwhile: judged again by the caller
        rmSync(path);
        return true;
      } finally {
        rmSync(claim, {force: true});
      }
    }
    const held = readRecord(claim);
    if (held === undefined) continue; // released just now
    const j = judge(held, ctx);
    if (!j.gone) return false; // another process is taking it over
    if (!removeDead(claim, held.text, me, ctx, depth + 1)) return false;
  }
  return false;
}

/** Removes claims on records that are gone, left by processes that stopped while claiming; errors are harmless. */
function sweepClaims(path: string, ctx: LockContext): void {
  try {
    const prefix = `${basename(path)}.takeover-`;
    for (const name of readdirSync(dirname(path))) {
      if (!name.startsWith(prefix)) continue;
      const claim = join(dirname(path), name);
      const r = readRecord(claim);
      if (r && judge(r, ctx).gone) removeDead(claim, r.text, JSON.stringify({host: ctx.host, pid: ctx.pid, nonce: randomBytes(8).toString("hex")}), ctx);
    }
  } catch {
    // a claim left in place only costs a file
  }
}

export interface Lock {
  release(): void;
}

/**
 * Claims `path` for this process, or refuses in one line naming the holder.
 * `label` names what is locked for the message (" shard 2/4", " this sweep").
 */
export function acquireLock(path: string, dir: string, label: string, ctx: LockContext = currentContext()): Lock {
  const owner: Owner = {host: ctx.host, pid: ctx.pid, ...startOf(ctx), ...(ctx.job ? {job: ctx.job} : {}), nonce: randomBytes(8).toString("hex")};
  const me = JSON.stringify(owner) + "\n";
  const refuse = (why: string) => new UsageError(`invalid --out: ${dir} (allowed: a folder where${label} is not being run already; ${why})`);
  for (let attempt = 0; attempt < 5; ++attempt) {
    if (createExclusive(path, me)) {
      sweepClaims(path, ctx);
      return holding(path, me);
    }
    const r = readRecord(path);
    if (r === undefined) continue; // released just now
    const j = judge(r, ctx);
    if (!j.gone) {
      if (!j.owner) {
        sleep(200); // being written
        continue;
      }
      const expires = j.owner.host === ctx.host ? "" : ` until it ends or, if it is gone, until ${new Date(r.modifiedMs + LOCK_EXPIRY_MS).toISOString()} when the lock expires`;
      throw refuse(`${describe(j.owner)} holds ${path}: wait for it${expires}, or stop it first`);
    }
    removeDead(path, r.text, me, ctx);
  }
  throw refuse(`${path} is being taken by another process`);
}

function startOf(ctx: LockContext): {start?: number} {
  const start = ctx.info(ctx.pid).start;
  return start === undefined ? {} : {start};
}

/** The holder's side: a heartbeat for other hosts, and a release that removes only its own record. */
function holding(path: string, me: string): Lock {
  const beat = setInterval(() => {
    try {
      const t = Date.now() / 1000;
      utimesSync(path, t, t);
    } catch {
      // a missed beat is retried at the next
    }
  }, HEARTBEAT_MS);
  beat.unref();
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      clearInterval(beat);
      try {
        if (readFileSync(path, "utf8") === me) rmSync(path, {force: true});
      } catch {
        // already gone
      }
    }
  };
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Claims a shard of an output folder for this process (two processes appending to one shard's files would interleave them). */
export function lockShard(dir: string, stem: string, label: string, ctx?: LockContext): Lock {
  return acquireLock(join(dir, stem + ".lock"), dir, label, ctx);
}
