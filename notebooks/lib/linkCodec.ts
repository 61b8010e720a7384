// Scenarios carried in a link, compressed: "~~" + base64url of the JSON
// deflated (raw DEFLATE, the browser's CompressionStream), about 40% of
// the plain "~" + base64url form, so links survive e-mail and chat. The
// streams are asynchronous while pages read their links synchronously, so a
// page inflates every compressed value of its link once, before its first
// drawing (prepareLink), and the specs it makes itself are remembered as they
// are made (compressSpec); inflatedText then answers synchronously. Plain "~"
// links stay readable. Inflated text is capped, so a small link cannot
// expand into a huge one.

import {fromBase64Url, toBase64Url} from "./scenarioEdit.ts";
import {LinkError} from "./urlState.ts";

/** Prefix of a compressed inline scenario (a plain one starts with a single "~"). */
export const COMPRESSED = "~~";
/** Largest inflated scenario text accepted from a link (characters); the presets take about 6,000. */
export const MAX_INFLATED = 200_000;

// Page-level memo of inflated links (spec -> text, or the one-line reason it could not be read).
const inflated = new Map<string, {text: string} | {error: Error}>();

export function isCompressed(spec: string): boolean {
  return spec.startsWith(COMPRESSED);
}

/** Whether this environment can compress (browsers, Node >= 18). */
export function canCompress(): boolean {
  return typeof CompressionStream === "function" && typeof DecompressionStream === "function";
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, max = Infinity): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  // errors surface through the reader; the writer's own promises are not awaited
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      reader.cancel().catch(() => undefined);
      throw new LinkError("ui.url.tooLarge", {max});
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.byteLength; }
  return out;
}

/** "~~" + base64url of the deflated text; remembered, so the page reads it back at once. */
export async function compressText(text: string): Promise<string> {
  const bytes = await pipe(new TextEncoder().encode(text), new CompressionStream("deflate-raw"));
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  const spec = COMPRESSED + btoa(bin).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
  inflated.set(spec, {text});
  return spec;
}

/** A scenario as a compressed inline spec, or the plain form where the browser cannot compress. */
export async function compressSpec(scenario: object): Promise<string> {
  const json = JSON.stringify(scenario);
  return canCompress() ? compressText(json) : "~" + toBase64Url(json);
}

/** Inflates one compressed spec into the memo (errors are remembered as one-line reasons, never thrown). */
export async function inflateSpec(spec: string): Promise<void> {
  if (!isCompressed(spec) || inflated.has(spec)) return;
  try {
    if (!canCompress()) throw new Error("this browser cannot read compressed links (no DecompressionStream)");
    const body = spec.slice(COMPRESSED.length);
    if (!/^[\w-]+$/.test(body)) throw new LinkError("ui.url.notBase64");
    let bin: string;
    try {
      bin = atob(body.replaceAll("-", "+").replaceAll("_", "/"));
    } catch {
      throw new LinkError("ui.url.notBase64");
    }
    let bytes: Uint8Array;
    try {
      bytes = await pipe(Uint8Array.from(bin, (c) => c.charCodeAt(0)), new DecompressionStream("deflate-raw"), MAX_INFLATED);
    } catch (e) {
      if (e instanceof LinkError) throw e;
      throw new LinkError("ui.url.damaged");
    }
    inflated.set(spec, {text: new TextDecoder("utf-8", {fatal: true}).decode(bytes)});
  } catch (e) {
    inflated.set(spec, {error: e instanceof Error ? e : new Error("the compressed scenario in the link cannot be read")});
  }
}

/** Inflates every compressed value of a query string; resolves when all are in the memo. */
export async function prepareLink(search: string): Promise<void> {
  const specs = [...new URLSearchParams(search).values()].filter((v) => isCompressed(v) && !inflated.has(v));
  await Promise.all(specs.map(inflateSpec));
}

/** Whether a query string has compressed values not yet inflated (a page then waits for prepareLink). */
export function linkNeedsPreparing(search: string): boolean {
  for (const v of new URLSearchParams(search).values()) if (isCompressed(v) && !inflated.has(v)) return true;
  return false;
}

/** The scenario text of an inline spec ("~~" compressed, already inflated; or "~" plain). Throws a one-line error. */
export function inlineText(spec: string): string {
  if (isCompressed(spec)) {
    const got = inflated.get(spec);
    if (!got) throw new Error("the compressed scenario in the link has not been read yet");
    if ("error" in got) throw got.error;
    return got.text;
  }
  return fromBase64Url(spec.slice(1));
}
