import {describe, expect, it} from "vitest";
import {readFileSync, readdirSync} from "node:fs";
import path from "node:path";

// sim/ is pure TypeScript over plain data: no DOM, no Node built-ins, so the
// same engine runs in Node, workers and browsers. Only sim/cli.ts and
// sim/node/ may touch Node. The walk is recursive, so a new folder is checked.
const walk = (dir: string): string[] =>
  readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const p = path.posix.join(dir, e.name);
    if (e.isDirectory()) return p === "sim/node" ? [] : walk(p);
    return e.name.endsWith(".ts") && p !== "sim/cli.ts" ? [p] : [];
  });
const strip = (src: string) => src.replace(/\/\/.*$/gm, "").replace(/\/\*[\s\S]*?\*\//g, "");
const importsOf = (src: string) => [...strip(src).matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((m) => m[1]);

/** What in file `f` (source `text`) breaks the purity rule: Node built-ins, DOM or process globals, sim/node or the CLI, Math.random. */
function purityViolations(f: string, text: string): string[] {
  const src = strip(text);
  const out: string[] = [];
  if (/from\s+["'](node:[\w/]+|fs|path|os|child_process|worker_threads)["']/.test(src)) out.push("imports a Node built-in");
  if (/\b(document|window|process|require)\s*[.(]/.test(src)) out.push("uses a DOM or process global");
  for (const spec of importsOf(src)) if (/^sim\/(node\/|cli\.ts)/.test(path.posix.join(path.posix.dirname(f), spec))) out.push(`imports ${spec}`);
  if (/Math\.random\s*\(/.test(src)) out.push("calls Math.random");
  return out;
}

/** The imports of classic file `f` (source `text`) that reach into participation/ or experiment/. */
function layeringViolations(f: string, text: string): string[] {
  return importsOf(text).filter((spec) => /^sim\/(participation|experiment)\//.test(path.posix.join(path.posix.dirname(f), spec)));
}

describe("sim/ core purity", () => {
  const files = walk("sim");
  it("has core modules to check in each part", () => {
    for (const part of ["sim/classic/", "sim/participation/", "sim/experiment/"]) expect(files.some((f) => f.startsWith(part))).toBe(true);
  });
  for (const f of files) {
    it(`${f} imports no Node built-ins and uses no DOM or process globals`, () => {
      expect(purityViolations(f, readFileSync(f, "utf8"))).toEqual([]);
    });
  }
  it("the rule can fail: each kind of violation planted in a file is caught, and a comment is not", () => {
    expect(purityViolations("sim/x.ts", `import {readFileSync} from "node:fs";`)).toEqual(["imports a Node built-in"]);
    expect(purityViolations("sim/x.ts", `const w = window.innerWidth;`)).toEqual(["uses a DOM or process global"]);
    expect(purityViolations("sim/participation/x.ts", `import {main} from "../node/cli.ts";`)).toEqual(["imports ../node/cli.ts"]);
    expect(purityViolations("sim/x.ts", `const u = Math.random();`)).toEqual(["calls Math.random"]);
    expect(purityViolations("sim/x.ts", `// Math.random() and process.exit() are not used here`)).toEqual([]);
  });
});

describe("sim/ layering", () => {
  // The classic model stands alone: it never imports the participation model
  // or the experiment layer; only the shared root (rng, stats, streams).
  const classic = walk("sim/classic");
  it("finds the classic model's files", () => expect(classic.length).toBeGreaterThan(3));
  for (const f of classic) {
    it(`${f} imports nothing from participation/ or experiment/`, () => {
      expect(layeringViolations(f, readFileSync(f, "utf8"))).toEqual([]);
    });
  }
  it("the rule can fail: an import into participation/ is caught, one from the shared root is not", () => {
    const planted = `import {x} from "../participation/engine.ts";\nimport {rng} from "../rng.ts";\nimport {y} from "../experiment/run.ts";`;
    expect(layeringViolations("sim/classic/planted.ts", planted)).toEqual(["../participation/engine.ts", "../experiment/run.ts"]);
  });
});

describe("sim/ import graph", () => {
  // No module imports itself through others (a cycle hides which one owns a
  // concept: the engine and its records used to import each other).
  const edges = new Map<string, string[]>();
  for (const f of walk("sim")) {
    edges.set(f, importsOf(readFileSync(f, "utf8")).filter((s) => s.startsWith(".")).map((s) => path.posix.join(path.posix.dirname(f), s)));
  }
  function cycle(graph: Map<string, string[]>): string[] | null {
    const state = new Map<string, 1 | 2>();
    const stack: string[] = [];
    const visit = (n: string): string[] | null => {
      if (state.get(n) === 2) return null;
      if (state.get(n) === 1) return [...stack.slice(stack.indexOf(n)), n];
      state.set(n, 1); stack.push(n);
      for (const m of graph.get(n) ?? []) { const c = visit(m); if (c) return c; }
      stack.pop(); state.set(n, 2);
      return null;
    };
    for (const n of graph.keys()) { const c = visit(n); if (c) return c; }
    return null;
  }
  it("has no import cycle", () => expect(cycle(edges)).toBeNull());
  it("the check can fail: a two-module cycle is found", () => {
    expect(cycle(new Map([["a.ts", ["b.ts"]], ["b.ts", ["a.ts"]]]))).toEqual(["a.ts", "b.ts", "a.ts"]);
  });
});
