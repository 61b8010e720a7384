// Fault injection for the fault tests: with GCL_SWEEP_FAILPOINT=<point>:<chunk>
// the process kills itself (SIGKILL, as kill -9 or a power cut stops it) when
// it reaches <point> for chunk (or row group) <chunk>, so a test can stop a
// sweep or merge at an exact place and check that the same command then
// resumes. Unset (as always outside those tests) it does nothing.

export type Failpoint = (point: string, chunk: number, before?: () => void) => void;

export function failpoint(env: Record<string, string | undefined> = process.env): Failpoint {
  const spec = env.GCL_SWEEP_FAILPOINT;
  const m = spec ? /^([a-z-]+):(\d+)$/.exec(spec) : null;
  if (!m) return () => {};
  const [, name, at] = m;
  return (point, chunk, before) => {
    if (point !== name || chunk !== Number(at)) return;
    before?.();
    process.kill(process.pid, "SIGKILL");
  };
}
