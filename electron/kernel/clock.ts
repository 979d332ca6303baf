// When a change set happened, as a hybrid logical clock timestamp (Actual Budget's, from
// @actual-app/crdt), and which device made it. Copies of one record on colleagues' laptops can
// then put their change sets in one order, whatever each laptop's clock says.
import fs from 'node:fs';
import path from 'node:path';
import type SQLite from 'better-sqlite3-multiple-ciphers';
import { makeClientId, makeClock, setClock, Timestamp } from '@actual-app/crdt';
import { unnamed } from '../../shared/changes/schema';

const deviceFile = 'device-id';

/** This installation's id: kept in the data folder, so a record copied elsewhere gets a new one. */
export function deviceId(dataDir: string): string {
  const file = path.join(dataDir, deviceFile);
  try {
    const id = fs.readFileSync(file, 'utf8').trim();
    if (/^[0-9a-f]{16}$/i.test(id)) return id;
  } catch {
    // No id yet: this is the first time this installation opens a record.
  }
  const id = makeClientId();
  fs.writeFileSync(file, `${id}\n`);
  return id;
}

export type ChangeClock = {
  device: string;
  actor: string;
  next(): string;
  /** Moves the clock past a colleague's change set, so what is done here next comes after it. */
  receive(hlc: string): void;
};

/**
 * A clock that carries on from the newest change set in the record, so its times only go up. Its
 * changes are by the person whose name is in Settings (in a team, colleagues see it on what they did).
 */
export function changeClock(sqlite: SQLite.Database, device: string): ChangeClock {
  const named = sqlite
    .prepare(`select value from setting where key = 'you.name' and deleted_at is null`)
    .pluck()
    .get() as string | undefined;
  const actor = named?.trim() || unnamed;
  const newest = sqlite.prepare('select max(hlc) from change_set').pluck().get() as string | null;
  const start = (newest && Timestamp.parse(newest)) || Timestamp.zero;
  const clock = makeClock(new Timestamp(start.millis(), start.counter(), device));
  return {
    device,
    actor,
    next() {
      // The library keeps one clock per thread; this record's is put in place for each reading.
      setClock(clock);
      try {
        return Timestamp.send()!.toString();
      } catch (error) {
        if (!(error instanceof Timestamp.ClockDriftError)) throw error;
        // This computer's clock is behind the record's newest change: carry on from the record's.
        clock.timestamp.setCounter(clock.timestamp.counter() + 1);
        return new Timestamp(clock.timestamp.millis(), clock.timestamp.counter(), device).toString();
      }
    },
    receive(hlc) {
      const seen = Timestamp.parse(hlc);
      if (!seen) return;
      setClock(clock);
      try {
        Timestamp.recv(seen);
      } catch (error) {
        if (!(error instanceof Timestamp.ClockDriftError)) throw error;
        // A colleague's clock is far ahead of this computer's: carry on from theirs.
        clock.timestamp.setMillis(seen.millis());
        clock.timestamp.setCounter(seen.counter() + 1);
      }
    },
  };
}
