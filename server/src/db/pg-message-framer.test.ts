import { describe, expect, it } from 'vitest';
import { PgMessageFramer } from './pg-message-framer.js';

function startup(): Buffer {
  const body = Buffer.from('\0\x03\0\0user\0postgres\0\0', 'binary');
  const b = Buffer.alloc(4 + body.length);
  b.writeInt32BE(4 + body.length, 0);
  body.copy(b, 4);
  return b;
}

function typed(type: string, size: number): Buffer {
  const b = Buffer.alloc(5 + size, 0x61);
  b.write(type, 0);
  b.writeInt32BE(4 + size, 1);
  return b;
}

describe('PgMessageFramer', () => {
  it('passes whole messages through at once', () => {
    const f = new PgMessageFramer();
    const s = startup();
    expect(f.push(s)).toEqual(s);
    const two = Buffer.concat([typed('P', 10), typed('S', 0)]);
    expect(f.push(two)).toEqual(two);
  });

  it('holds a message split over many chunks until it is complete', () => {
    const f = new PgMessageFramer();
    f.push(startup());
    const big = typed('Q', 200_000);
    const chunks = [big.subarray(0, 3), big.subarray(3, 65_536), big.subarray(65_536, 150_000), big.subarray(150_000)];
    expect(chunks.slice(0, 3).map((c) => f.push(c))).toEqual([null, null, null]);
    expect(f.push(chunks[3]!)).toEqual(big);
  });

  it('returns the complete part and keeps the rest', () => {
    const f = new PgMessageFramer();
    f.push(startup());
    const a = typed('B', 5);
    const b = typed('E', 100);
    const joined = Buffer.concat([a, b]);
    expect(f.push(joined.subarray(0, a.length + 7))).toEqual(a);
    expect(f.push(joined.subarray(a.length + 7))).toEqual(b);
  });

  it('treats an SSL request as untyped and waits for the startup message after it', () => {
    const f = new PgMessageFramer();
    const ssl = Buffer.alloc(8);
    ssl.writeInt32BE(8, 0);
    ssl.writeInt32BE(80877103, 4);
    expect(f.push(ssl)).toEqual(ssl);
    const s = startup();
    expect(f.push(s)).toEqual(s);
    expect(f.push(typed('Q', 3))).toEqual(typed('Q', 3));
  });
});
