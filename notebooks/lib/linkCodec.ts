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
import {LinkError, type Schema} from "./urlState.ts";

/** Prefix of a compressed inline scenario (a plain one starts with a single "~"). */
export const COMPRESSED = "~~";
/** Largest inflated scenario text accepted from a link (characters); the presets take about 6,000. */
export const MAX_INFLATED = 200_000;

/** Longest base64url body of a compressed spec that can inflate to at most MAX_INFLATED bytes (with room for deflate's block headers). */
const MAX_BODY = Math.ceil(((MAX_INFLATED + 5 * Math.ceil(MAX_INFLATED / 65535) + 64) * 4) / 3);

// Page-level memo of inflated links (spec -> text, or the one-line reason it could not be read).
const inflated = new Map<string, {text: string} | {error: Error}>();

export function isCompressed(spec: string): boolean {
  return spec.startsWith(COMPRESSED);
}

/** Whether this environment can compress (browsers, Node >= 18). */
export function canCompress(): boolean {
  return typeof CompressionStream === "function" && typeof DecompressionStream === "function";
}

/** Compressed input fed to the inflater at a time: deflate expands at most about 1,032 times, so one slice gives at most about 260 kB. */
const SLICE = 256;

/**
 * Bytes through a (de)compression stream. Input goes in slices of SLICE bytes,
 * each written only after the output of the one before was read, and the
 * output is counted as it comes: past `max` the stream is cancelled at once,
 * so a deflate bomb costs at most one slice's output, never its whole size.
 */
async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, max = Infinity): Promise<Uint8Array> {
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  let over = false;
  const reading = (async () => {
    for (;;) {
      const {done, value} = await reader.read();
      if (done) return;
      size += value.byteLength;
      if (size > max) {
        over = true;
        reader.cancel().catch(() => undefined);
        writer.abort().catch(() => undefined);
        return;
      }
      parts.push(value);
    }
  })();
  reading.catch(() => undefined); // its error is taken below; never an unhandled rejection meanwhile
  const slice = Number.isFinite(max) ? SLICE : 1 << 16;
  try {
    for (let at = 0; at < bytes.length && !over; at += slice) await writer.write(bytes.subarray(at, at + slice) as Uint8Array<ArrayBuffer>);
    if (!over) await writer.close();
  } catch (e) {
    // an aborted writer after the cap, or damaged data: the reader tells which
    if (!over) {
      await reading.catch(() => undefined);
      if (!over) throw e;
    }
  }
  await reading;
  if (over) throw new LinkError("ui.url.tooLarge", {max});
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
    // deflate never makes text much longer (stored blocks: 5 bytes per 64 kB), so longer input cannot be a scenario under the cap
    if (body.length > MAX_BODY) throw new LinkError("ui.url.tooLarge", {max: MAX_INFLATED});
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

/**
 * The compressed values of a query string a page will read. With the page's
 * schema, values it refuses anyway are left out before anything is inflated:
 * unknown parameters, a list over its maxItems (the option limit), a single
 * field given more than once.
 */
function specsToInflate(search: string, schema?: Schema): string[] {
  const byKey = new Map<string, string[]>();
  for (const [key, value] of new URLSearchParams(search)) {
    if (!isCompressed(value)) continue;
    const list = byKey.get(key) ?? [];
    list.push(value);
    byKey.set(key, list);
  }
  if (!schema) return [...byKey.values()].flat();
  const params = new URLSearchParams(search);
  const out: string[] = [];
  for (const [key, values] of byKey) {
    if (!Object.hasOwn(schema, key)) continue;
    const field = schema[key];
    const given = params.getAll(key).length;
    if (field.type === "list" ? field.maxItems !== undefined && given > field.maxItems : given > 1) continue;
    out.push(...values);
  }
  return [...new Set(out)];
}

/**
 * Inflates the compressed values of a query string a page will read (see
 * specsToInflate), one after another so at most one is being inflated at a
 * time; resolves when all are in the memo.
 */
export async function prepareLink(search: string, schema?: Schema): Promise<void> {
  for (const spec of specsToInflate(search, schema)) if (!inflated.has(spec)) await inflateSpec(spec);
}

/** Whether a query string has compressed values (that the page will read) not yet inflated; a page then waits for prepareLink. */
export function linkNeedsPreparing(search: string, schema?: Schema): boolean {
  return specsToInflate(search, schema).some((v) => !inflated.has(v));
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
