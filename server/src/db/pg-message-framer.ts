/**
 * Splits a PostgreSQL client's byte stream into whole protocol messages.
 * pglite-socket 0.0.19 hands each TCP chunk to PGlite as if it were whole
 * messages; a message larger than a chunk (~64 KB: any bulk insert) then
 * crashes the WASM backend ("RuntimeError: unreachable"). Upstream fixed it
 * in a later pglite-socket (electric-sql/pglite PR #873) that needs a newer
 * PGlite than the TimescaleDB build this project pins, so we frame here.
 */

/** Codes of the untyped requests a client may send before its startup message. */
const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;

export class PgMessageFramer {
  private buffer: Buffer = Buffer.alloc(0);
  private startupDone = false;

  /** Adds a chunk and returns the complete messages it finished (possibly none), in order. */
  push(chunk: Uint8Array): Buffer | null {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : Buffer.from(chunk);
    let end = 0;
    for (;;) {
      // Before startup, messages are untyped: int32 length (including itself), then the body.
      const header = this.startupDone ? 5 : 4;
      if (this.buffer.length - end < header) break;
      const length = this.buffer.readInt32BE(end + (this.startupDone ? 1 : 0));
      const total = (this.startupDone ? 1 : 0) + length;
      if (this.buffer.length - end < total) break;
      if (!this.startupDone) {
        const code = this.buffer.readInt32BE(end + 4);
        if (code !== SSL_REQUEST && code !== GSSENC_REQUEST) this.startupDone = true;
      }
      end += total;
    }
    if (end === 0) return null;
    const complete = this.buffer.subarray(0, end);
    this.buffer = this.buffer.subarray(end);
    return complete;
  }
}
