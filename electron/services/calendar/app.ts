// Planned contact and follow-ups in the person's calendar: one event as an invitation file, or a
// calendar file kept up to date in a chosen folder.
import { calendarFileName } from '../../../shared/calendar/schema';
import { DomainError } from '../../../shared/result';
import { effect, read, type Handlers } from '../../kernel/context';
import { checkWritable, chosen } from '../backups/choose';
import { writeExport } from '../exports/files';
import { oneEvent } from './events';
import { feedStatus, setCalendarFolder, writeFeed } from './feed';
import { icsOf } from './ics';

export type CalendarHandlers = Handlers<'calendar.export' | 'calendar.feed' | 'calendar.setFolder'>;

export const calendarHandlers: CalendarHandlers = {
  'calendar.export': effect(async ({ interactionId, event }, ctx) => {
    const found = await oneEvent(ctx.db, interactionId, event);
    if (!found) {
      throw new DomainError(
        'invalid_input',
        event === 'followUp' ? 'This contact has no follow-up date.' : 'That contact could not be found.',
        'interactionId',
      );
    }
    return writeExport(
      ctx,
      found.summary,
      'ics',
      Buffer.from(icsOf([found], { name: found.summary, method: 'publish' })),
    );
  }),
  'calendar.feed': read((_input, ctx) => feedStatus(ctx.system.dataDir)),
  'calendar.setFolder': effect(async ({ folder }, ctx) => {
    const next =
      folder === undefined
        ? await chosen(ctx, { kind: 'folder', title: `Choose a folder for ${calendarFileName}` })
        : folder;
    if (next !== null) checkWritable(next);
    setCalendarFolder(ctx.system.dataDir, next);
    await writeFeed(ctx);
    return feedStatus(ctx.system.dataDir);
  }),
};
