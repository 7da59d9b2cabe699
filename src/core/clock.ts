/**
 * Time and randomness, injectable and seedable: nothing in the model, the signers or the client
 * reads `Date.now()` or `Math.random()` directly, so every run can be replayed.
 */
import { randomFillSync } from "node:crypto";

/** A source of the current time. */
export interface Clock {
  /** Milliseconds since the UNIX epoch. */
  now(): number;
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => Date.now() };

/** A clock that stands still at `ms` (or at the given ISO date) until moved. */
export function fixedClock(
  at: number | string,
): Clock & { set(ms: number): void; advance(ms: number): void } {
  let t = typeof at === "number" ? at : Date.parse(at);
  return {
    now: () => t,
    set: (ms: number) => {
      t = ms;
    },
    advance: (ms: number) => {
      t += ms;
    },
  };
}

/** A source of random bytes, ids and nonces. */
export interface Random {
  /** A uniformly distributed 32-bit unsigned integer. */
  uint32(): number;
  /** `bytes` random bytes as lower-case hex. */
  hex(bytes: number): string;
  /** A random UUID (version 4 layout). */
  uuid(): string;
  /** A float in [0, 1). */
  float(): number;
}

/** Two lower-case hex digits of each byte value. */
const HEX_BYTE = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** A 32-bit unsigned integer as 8 lower-case hex digits (table look-ups: request ids and nonces are on every request's path). */
function hex8(x: number): string {
  return (
    (HEX_BYTE[x >>> 24] as string) +
    (HEX_BYTE[(x >>> 16) & 255] as string) +
    (HEX_BYTE[(x >>> 8) & 255] as string) +
    (HEX_BYTE[x & 255] as string)
  );
}

function fromUint32(next: () => number): Random {
  // One 32-bit draw per 4 bytes (the last one cut), in order: the same text for the same draws.
  const hex = (bytes: number) => {
    let out = "";
    for (let n = 0; n < bytes; n += 4) out += hex8(next());
    return out.length === bytes * 2 ? out : out.slice(0, bytes * 2);
  };
  return {
    uint32: next,
    hex,
    float: () => next() / 2 ** 32,
    uuid: () => {
      const h = hex(16);
      const variant = ((Number.parseInt(h[16] ?? "0", 16) & 0x3) | 0x8).toString(16);
      return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
    },
  };
}

/** A deterministic generator (mulberry32) for reproducible runs. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return fromUint32(() => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  });
}

/**
 * Cryptographic randomness, for nonces sent to real clouds. Drawn from the system's generator a
 * kilobyte at a time (one call per 256 draws rather than one per draw: a nonce or request id is
 * four draws, on every call the client signs).
 */
export const cryptoRandom: Random = (() => {
  const pool = Buffer.alloc(1024);
  let at = pool.length;
  return fromUint32(() => {
    if (at === pool.length) {
      randomFillSync(pool);
      at = 0;
    }
    const x = pool.readUInt32BE(at);
    at += 4;
    return x;
  });
})();
