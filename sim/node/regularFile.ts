// Reading a file named by a user: only a regular file is read. A device
// (/dev/zero), a FIFO or a socket, also behind a symlink, would block or never
// end; they are refused before a byte is read (the file is opened without
// blocking, then checked), as is a file too large to be an input.

import {closeSync, constants, fstatSync, openSync, readSync} from "node:fs";

/** Inputs (scenario, params, config and experiment files) are small; larger is refused up front. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Why a file cannot be read as an input, as a short text ("not a regular file: a FIFO"), or its error code. */
export class NotRegularFile extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = "NotRegularFile";
  }
}

/** The UTF-8 text of a regular file; throws NotRegularFile, or the file system's error (with its code). */
export function readRegularFile(path: string): string {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      const kind = st.isDirectory() ? "a folder" : st.isFIFO() ? "a FIFO" : st.isCharacterDevice() ? "a character device" : st.isBlockDevice() ? "a block device" : st.isSocket() ? "a socket" : "not a regular file";
      throw new NotRegularFile(`not a regular file: ${kind}`);
    }
    if (st.size > MAX_INPUT_BYTES) throw new NotRegularFile(`${st.size} bytes, more than the ${MAX_INPUT_BYTES} an input file may have`);
    const buffer = Buffer.allocUnsafe(st.size);
    let at = 0;
    // A file that grows while being read is cut at its size when opened.
    while (at < st.size) {
      const n = readSync(fd, buffer, at, st.size - at, at);
      if (n <= 0) break;
      at += n;
    }
    return buffer.toString("utf8", 0, at);
  } finally {
    closeSync(fd);
  }
}

/** The reason for a failed read, short: NotRegularFile's text, or the error code. */
export function readFailure(e: unknown): string {
  if (e instanceof NotRegularFile) return e.reason;
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}
