// The calendar file kept in a folder the person chose (one OneDrive or Google Drive syncs, say),
// for Outlook or Google Calendar to subscribe to. It is written again whenever a change touches
// planned contact or follow-ups, and after the whole record is replaced. Which folder is this
// computer's choice, kept beside the record like the backups folder, not in it.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { calendarFileName, type CalendarFeed } from '../../../shared/calendar/schema';
import type { ProcedureName } from '../../../shared/contract';
import type { ChangeMade } from '../../../shared/result';
import type { ServiceContext } from '../../kernel/context';
import { calendarEvents } from './events';
import { icsOf } from './ics';

const folderFile = (dataDir: string) => path.join(dataDir, 'calendar-folder.txt');
/** Why the file could not be written last time, by data folder. */
const problems = new Map<string, string>();

/** What replaces the record wholesale, so the calendar is written again after it. */
const wholeRecord = new Set<ProcedureName>([
  'backups.restore',
  'imports.archive',
  'imports.commit',
  'app.loadSampleData',
  'app.finishWelcome',
  'app.removeSampleData',
  'trash.purge',
]);
/** The tables an event is made from. */
const eventTables = ['interaction', 'interaction_person', 'employer', 'person', 'vocabulary'];

/** By data folder, read once: every call asks, so it is not read from disk each time. */
const folders = new Map<string, string | null>();

export function calendarFolder(dataDir: string): string | null {
  if (!folders.has(dataDir)) {
    let folder: string | null = null;
    try {
      folder = fs.readFileSync(folderFile(dataDir), 'utf8').trim() || null;
    } catch {
      // No calendar file is kept.
    }
    folders.set(dataDir, folder);
  }
  return folders.get(dataDir)!;
}

export function setCalendarFolder(dataDir: string, folder: string | null) {
  if (folder) fs.writeFileSync(folderFile(dataDir), folder);
  else fs.rmSync(folderFile(dataDir), { force: true });
  folders.set(dataDir, folder);
  problems.delete(dataDir);
}

export async function feedStatus(dataDir: string): Promise<CalendarFeed> {
  await feedWritten(dataDir);
  const folder = calendarFolder(dataDir);
  if (!folder) return { folder: null, file: null, events: 0, writtenAt: null, problem: null };
  const file = path.join(folder, calendarFileName);
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  const events = stat ? fs.readFileSync(file, 'utf8').split('BEGIN:VEVENT').length - 1 : 0;
  return { folder, file, events, writtenAt: stat?.mtime.toISOString() ?? null, problem: problems.get(dataDir) ?? null };
}

/** Writes the calendar file now; a folder that has gone is noted for Settings, not thrown. */
export async function writeFeed(ctx: Pick<ServiceContext, 'db' | 'now' | 'system'>): Promise<void> {
  const folder = calendarFolder(ctx.system.dataDir);
  if (!folder) return;
  const file = path.join(folder, calendarFileName);
  const partial = `${file}.partial`;
  try {
    const text = icsOf(await calendarEvents(ctx.db, ctx.now()), { name: 'Bridgework' });
    await fs.promises.writeFile(partial, text);
    await fs.promises.rename(partial, file);
    problems.delete(ctx.system.dataDir);
  } catch {
    await fs.promises.rm(partial, { force: true }).catch(() => {});
    problems.set(
      ctx.system.dataDir,
      `Bridgework could not save the calendar file in ${folder}. Check the folder is there and you can save to it, or choose another.`,
    );
  }
}

type FeedContext = Pick<ServiceContext, 'db' | 'now' | 'system'>;
type Made = ChangeMade | 'whole';
/** By data folder: the writes under way, and the changes still to look at. */
const writing = new Map<string, { done: Promise<void>; changes: Made[]; ctx: FeedContext }>();

/**
 * After a call: writes the file again if the change could have moved an event. The call is
 * answered first (on the large set the file takes most of a second); changes made meanwhile are
 * looked at together, so a burst of them makes one more write.
 */
export function refreshFeedAfter(ctx: FeedContext, procedure: ProcedureName, change: ChangeMade | undefined): void {
  const { dataDir } = ctx.system;
  if (!calendarFolder(dataDir)) return;
  const made: Made | undefined = wholeRecord.has(procedure) ? 'whole' : change;
  if (!made) return;
  const waiting = writing.get(dataDir);
  if (waiting) {
    waiting.changes.push(made);
    waiting.ctx = ctx;
    return;
  }
  const entry = { done: Promise.resolve(), changes: [made] as Made[], ctx };
  writing.set(dataDir, entry);
  entry.done = (async () => {
    await new Promise((resolve) => setImmediate(resolve));
    try {
      while (entry.changes.length > 0) {
        const changes = entry.changes.splice(0);
        if (await movesEvents(entry.ctx, changes)) await writeFeed(entry.ctx);
      }
    } finally {
      writing.delete(dataDir);
    }
  })();
}

async function movesEvents(ctx: FeedContext, changes: Made[]): Promise<boolean> {
  if (changes.includes('whole')) return true;
  const ids = changes.map((change) => (change as ChangeMade).id);
  const { rows } = await sql`select 1 from change_log where change_set_id in (${sql.join(ids)})
    and entity in (${sql.join(eventTables)}) limit 1`.execute(ctx.db);
  return rows.length > 0;
}

/** Once the calendar file has caught up with every change so far. */
export async function feedWritten(dataDir: string): Promise<void> {
  await writing.get(dataDir)?.done.catch(() => {});
}
