// A text column kept as UTF-8 bytes, row after row, in one reused buffer (the
// seed column of a sweep's rows). The run's seed string then dies young: held
// in a plain array, a chunk's thousands of seeds lived until the chunk was
// encoded and were copied by every scavenge meanwhile. The Parquet writer gets
// the bytes as views, and the CSV lines copy them.

export class Utf8Column {
  private bytes = new Uint8Array(1 << 16);
  private ends = new Int32Array(1024);
  private missing = new Uint8Array(1024);
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();

  /** Stores row i's text; rows come in order from 0 (after a clear, from 0 again). Not a string: missing. */
  set(i: number, v: unknown): void {
    if (i >= this.ends.length) {
      const ends = new Int32Array(2 * this.ends.length), missing = new Uint8Array(2 * this.ends.length);
      ends.set(this.ends);
      missing.set(this.missing);
      this.ends = ends;
      this.missing = missing;
    }
    const start = this.start(i);
    if (typeof v !== "string") {
      this.ends[i] = start;
      this.missing[i] = 1;
      return;
    }
    // room for the text as UTF-8: at most 3 bytes per UTF-16 unit
    if (start + 3 * v.length > this.bytes.length) {
      let size = 2 * this.bytes.length;
      while (size < start + 3 * v.length) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.bytes.subarray(0, start));
      this.bytes = grown;
    }
    this.ends[i] = start + utf8Into(v, this.bytes, start, this.encoder);
    this.missing[i] = 0;
  }
  /** The buffer holding the rows' bytes (replaced when it grows). */
  get buffer(): Uint8Array {
    return this.bytes;
  }
  start(i: number): number {
    return i === 0 ? 0 : this.ends[i - 1];
  }
  end(i: number): number {
    return this.ends[i];
  }
  isMissing(i: number): boolean {
    return this.missing[i] === 1;
  }
  /** Row i's text, or null when missing. */
  text(i: number): string | null {
    return this.missing[i] ? null : this.decoder.decode(this.bytes.subarray(this.start(i), this.ends[i]));
  }
  /** Rows [0, n) as views into the buffer (null when missing), valid until the next set. */
  views(n: number): (Uint8Array | null)[] {
    const out = new Array<Uint8Array | null>(n);
    for (let i = 0; i < n; ++i) out[i] = this.missing[i] ? null : this.bytes.subarray(this.start(i), this.ends[i]);
    return out;
  }
}

/**
 * Writes `text` as UTF-8 into `buf` at `at` (room for 3 bytes per UTF-16 unit
 * assumed) and returns the bytes written: ASCII byte by byte, anything else
 * through the encoder.
 */
export function utf8Into(text: string, buf: Uint8Array, at: number, encoder: TextEncoder): number {
  for (let j = 0; j < text.length; ++j) {
    const ch = text.charCodeAt(j);
    if (ch >= 0x80) return encoder.encodeInto(text, buf.subarray(at)).written;
    buf[at + j] = ch;
  }
  return text.length;
}
