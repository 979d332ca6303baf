import { randomFillSync } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

export type IdSource = () => string;

// Asking the system for 16 random bytes per id costs more than making the id; an import of
// 100,000 rows makes 300,000 of them. So random bytes come from a pool refilled in one call.
const pool = new Uint8Array(16 * 1024);
let used = pool.length;
const clock = { msecs: -Infinity, seq: 0 };

function randomBytes(): Uint8Array {
  if (used === pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  used += 16;
  return pool.subarray(used - 16, used);
}

/** UUIDv7: sortable by creation time (monotonic within a millisecond), and safe to merge across copies of the database. */
export const newId: IdSource = () => {
  const random = randomBytes();
  const now = Date.now();
  if (now > clock.msecs) {
    clock.msecs = now;
    clock.seq = ((random[6]! & 0x7f) << 24) | (random[7]! << 16) | (random[8]! << 8) | random[9]!;
  } else {
    clock.seq = (clock.seq + 1) | 0;
    if (clock.seq === 0) clock.msecs++;
  }
  return uuidv7({ random, msecs: clock.msecs, seq: clock.seq });
};

export function nowIso(): string {
  return new Date().toISOString();
}
