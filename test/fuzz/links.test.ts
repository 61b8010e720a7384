// Hostile compressed links: deflate bombs are refused after little input
// went in (the cap is checked as input goes in, in slices), a link over the
// option limit inflates nothing, and a link with thousands of bad keys gives
// a short alert naming the first few and the count.
import {deflateRawSync} from "node:zlib";
import {afterEach, beforeEach, describe, expect, it} from "vitest";
import {COMPARE_SCHEMA} from "../../notebooks/lib/compare.ts";
import {MAX_OPTIONS, baseScenario} from "../../notebooks/lib/compareData.ts";
import {MAX_INFLATED, compressText, inlineText, linkNeedsPreparing, prepareLink} from "../../notebooks/lib/linkCodec.ts";
import {MAX_SHOWN_ISSUES, decode, describeIssues} from "../../notebooks/lib/urlState.ts";
import {bombSpec} from "./bombs.ts";
import {expectClearError} from "./corpus.ts";

/** Counts the inflaters made, the compressed bytes handed to them and the inflated bytes they gave. */
const spy = {made: 0, fed: 0, out: 0};
const Real = globalThis.DecompressionStream;
class CountingDecompressionStream {
  readonly readable: ReadableStream<Uint8Array>;
  readonly writable: WritableStream<Uint8Array>;
  constructor(format: CompressionFormat) {
    const real = new Real(format);
    ++spy.made;
    let fed = 0;
    this.writable = new WritableStream<Uint8Array>({
      async write(chunk) {
        fed += chunk.byteLength;
        spy.fed = Math.max(spy.fed, fed);
        const w = real.writable.getWriter();
        try { await w.write(chunk as Uint8Array<ArrayBuffer>); } finally { w.releaseLock(); }
      },
      async close() { await real.writable.close(); },
      async abort(reason) { await real.writable.abort(reason); }
    }, {highWaterMark: 1});
    this.readable = real.readable.pipeThrough(new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) { spy.out += chunk.byteLength; controller.enqueue(chunk); }
    }));
  }
}
beforeEach(() => {
  spy.made = spy.fed = spy.out = 0;
  globalThis.DecompressionStream = CountingDecompressionStream as unknown as typeof DecompressionStream;
});
afterEach(() => { globalThis.DecompressionStream = Real; });

const message = (spec: string) => { try { inlineText(spec); } catch (e) { return (e as Error).message; } return ""; };
const TOO_LARGE = `the compressed scenario in the link inflates to more than ${MAX_INFLATED} bytes`;

describe("compressed links: bombs and limits", () => {
  it("a 300 MB bomb is refused from its length, before anything is inflated", async () => {
    const spec = bombSpec(300, "a");
    const t0 = performance.now();
    await prepareLink("?" + new URLSearchParams({opt: spec}), COMPARE_SCHEMA);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(spy.made).toBe(0);
    expect(message(spec)).toBe(TOO_LARGE);
  });

  it("a 150 MB bomb short enough to be read is refused after little of its input went in and about the cap came out", async () => {
    const spec = bombSpec(150, "b");
    const inputBytes = Math.floor((spec.length - 2) * 3 / 4);
    const heap0 = process.memoryUsage().arrayBuffers;
    await prepareLink("?" + new URLSearchParams({opt: spec}), COMPARE_SCHEMA);
    expect(message(spec)).toBe(TOO_LARGE);
    expect(spy.made).toBe(1);
    // Input goes in 256-byte slices, each after the output before it was read; Node's inflater
    // also takes up to 16 kB ahead into its own buffer (Chromium's takes one slice at a time).
    expect(spy.fed).toBeGreaterThan(0);
    expect(spy.fed).toBeLessThanOrEqual(16384 + 256);
    expect(spy.fed * 5).toBeLessThan(inputBytes);
    // what came out is about the cap, not the bomb's 150 MB
    expect(spy.out).toBeGreaterThan(MAX_INFLATED);
    expect(spy.out).toBeLessThan(4 << 20);
    expect(process.memoryUsage().arrayBuffers - heap0).toBeLessThan(32 << 20);
  });

  it("four bombs in one Compare link are each refused, one line each", async () => {
    const specs = [bombSpec(200, "1"), bombSpec(150, "2"), bombSpec(100, "3"), bombSpec(1, "4")];
    const search = "?" + new URLSearchParams(specs.map((s) => ["opt", s]));
    await prepareLink(search, COMPARE_SCHEMA);
    expect(linkNeedsPreparing(search, COMPARE_SCHEMA)).toBe(false);
    for (const s of specs) {
      expect(message(s)).toBe(TOO_LARGE);
      expectClearError(message(s), "inflates");
    }
    expect(spy.made).toBe(3); // the 200 MB one was refused from its length
  });

  it("200 bombs of 1 MB in one Compare link (over the option limit) are refused before any is inflated", async () => {
    const specs = Array.from({length: 200}, (_, i) => bombSpec(1, String(i)));
    const search = "?" + new URLSearchParams(specs.map((s) => ["opt", s]));
    expect(linkNeedsPreparing(search, COMPARE_SCHEMA)).toBe(false);
    await prepareLink(search, COMPARE_SCHEMA);
    expect(spy.made).toBe(0);
    for (const s of specs.slice(0, 3)) expect(message(s)).toMatch(/has not been read yet/);
    const {issues, state} = decode(COMPARE_SCHEMA, search);
    expect(describeIssues(issues)).toContain(`allows at most ${MAX_OPTIONS} values, got 200`);
    expect(state.opt).toEqual(COMPARE_SCHEMA.opt.default);
    // two-sided: at the limit, the same values are inflated
    const legal = "?" + new URLSearchParams(specs.slice(0, MAX_OPTIONS).map((s) => ["opt", s]));
    expect(linkNeedsPreparing(legal, COMPARE_SCHEMA)).toBe(true);
    await prepareLink(legal, COMPARE_SCHEMA);
    expect(spy.made).toBe(MAX_OPTIONS);
  });

  it("compressed values under unknown or repeated single keys are not inflated", async () => {
    const a = bombSpec(1, "u"), b = bombSpec(1, "v");
    await prepareLink("?" + new URLSearchParams([["nope", a], ["seed", b], ["seed", b]]), COMPARE_SCHEMA);
    expect(spy.made).toBe(0);
  });

  it("a legal compressed scenario still reads in slices, whole", async () => {
    const text = JSON.stringify({pad: "x".repeat(150_000), n: Array.from({length: 4000}, (_, i) => i * 7919 % 1000)});
    // made by another deflate, so the page has not remembered it: read through the link path, many slices
    const spec = "~~" + deflateRawSync(text).toString("base64url");
    expect(spec.length).toBeGreaterThan(4 * 256);
    await prepareLink("?" + new URLSearchParams({opt: spec}), COMPARE_SCHEMA);
    expect(spy.made).toBe(1);
    expect(inlineText(spec)).toBe(text);
    // and the page's own compression reads back
    const own = await compressText(text);
    expect(inlineText(own)).toBe(text);
  });

  it("a link with 3,000 unknown keys gives an alert naming the first few and the count", () => {
    const search = "?" + Array.from({length: 3000}, (_, i) => `unknown${i}=${"x".repeat(40)}`).join("&");
    const {issues} = decode(COMPARE_SCHEMA, search);
    expect(issues).toHaveLength(3000);
    for (const lang of ["en", "nb"] as const) {
      const text = describeIssues(issues, lang);
      const lines = text.split("\n");
      expect(lines).toHaveLength(MAX_SHOWN_ISSUES + 1);
      expect(lines[0]).toMatch(/^unknown0=/);
      expect(lines.at(-1)).toBe(lang === "en" ? `… and ${3000 - MAX_SHOWN_ISSUES} more (3000 in all)` : `… og ${3000 - MAX_SHOWN_ISSUES} til (3000 i alt)`);
      expect(text.length).toBeLessThan(3000);
    }
  });

  it("the baseScenario reader gives the one-line reason for a bomb", async () => {
    const spec = bombSpec(120, "c");
    await prepareLink("?" + new URLSearchParams({opt: spec}), COMPARE_SCHEMA);
    let m = "";
    try { baseScenario(spec); } catch (e) { m = (e as Error).message; }
    expect(m).toBe(TOO_LARGE);
  });
});
