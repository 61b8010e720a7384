import {describe, expect, it} from "vitest";
import {readFileSync, readdirSync} from "node:fs";

// sim/ is pure TypeScript over plain data: no DOM, no Node built-ins, so the
// same engine runs in Node, workers and browsers. Only sim/cli.ts and
// sim/node/ may touch Node.
describe("sim/ core purity", () => {
  const files = readdirSync("sim").filter((f) => f.endsWith(".ts") && f !== "cli.ts");
  it("has core modules to check", () => expect(files.length).toBeGreaterThan(5));
  for (const f of files) {
    it(`${f} imports no Node built-ins and uses no DOM or process globals`, () => {
      const src = readFileSync(`sim/${f}`, "utf8").replace(/\/\/.*$/gm, "").replace(/\/\*[\s\S]*?\*\//g, "");
      expect(src).not.toMatch(/from\s+["'](node:|fs|path|os|child_process|worker_threads)["']/);
      expect(src).not.toMatch(/\b(document|window|process|require)\s*[.(]/);
      expect(src).not.toMatch(/from\s+["']\.\/node\//);
      expect(src).not.toMatch(/Math\.random\s*\(/);
    });
  }
});
