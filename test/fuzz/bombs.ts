// Deflate bombs for link tests, made without holding their inflated size:
// raw deflate of 1 MB of zeros ending in a sync flush (byte aligned, not
// final) repeated `mb` times, then a final stored block holding `tag`, so
// each bomb is distinct. Every repeat starts a fresh compression, so its back
// references stay inside it and the concatenation is one valid raw deflate stream.
import {constants, deflateRawSync} from "node:zlib";

const MB_OF_ZEROS = deflateRawSync(Buffer.alloc(1 << 20), {level: 9, finishFlush: constants.Z_SYNC_FLUSH});

/** A raw deflate stream that inflates to `mb` MiB of zeros followed by `tag`. */
export function deflateBomb(mb: number, tag = ""): Buffer {
  const data = Buffer.from(tag, "utf8");
  const last = Buffer.alloc(5 + data.length);
  last[0] = 1; // BFINAL = 1, BTYPE = 00 (stored)
  last.writeUInt16LE(data.length, 1);
  last.writeUInt16LE(~data.length & 0xffff, 3);
  data.copy(last, 5);
  return Buffer.concat([...new Array<Buffer>(mb).fill(MB_OF_ZEROS), last]);
}

/** A compressed link value ("~~" + base64url) of a bomb. */
export function bombSpec(mb: number, tag = ""): string {
  return "~~" + deflateBomb(mb, tag).toString("base64url");
}
