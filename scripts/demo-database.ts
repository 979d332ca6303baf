import { sql } from 'kysely';
import { openDatabase } from '../electron/db/open';
import { insertDemoData, type DemoPlan, type DemoSize } from '../electron/services/demo/load';

/** Creates the database in dataDir and fills it with the demo set up to `referenceDate`, in one transaction. */
export async function writeDemoDatabase(dataDir: string, size: DemoSize | DemoPlan, referenceDate = new Date()) {
  const { db, sqlite } = await openDatabase({ dataDir });
  // A large page cache for the bulk load: the indexes are written in every order at once.
  sqlite.pragma('cache_size = -1000000');
  try {
    const written = await db.transaction().execute((tx) => insertDemoData(tx, size, referenceDate));
    // Table statistics, as a record that grew over years would have: the query planner needs them.
    await sql`analyze`.execute(db);
    // Fold the write-ahead log into the main file, so the folder can be copied as one file.
    await sql`pragma wal_checkpoint(truncate)`.execute(db);
    return written;
  } finally {
    await db.destroy();
  }
}
