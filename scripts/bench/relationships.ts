import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { openBackend } from '../../electron/backend';
import { openBackendInThread } from '../../electron/backend-in-thread';
import { databaseFileName, openDatabase } from '../../electron/db/open';
import { recordEventsQuery } from '../../electron/services/timeline/records';
import { appOrigin, launchBrowserApp } from '../../tests/support/browser-app';
import { comparison, percentile, round, summary, time, timeSideBySide } from './stats';

export function busiestEmployer(dataDir: string): { id: string; interactions: number } {
  const raw = new SQLite(path.join(dataDir, databaseFileName), { readonly: true });
  const row = raw
    .prepare(
      'select employer_id as id, count(*) as interactions from interaction where deleted_at is null group by employer_id order by 2 desc limit 1',
    )
    .get() as { id: string; interactions: number };
  raw.close();
  return row;
}

/** timeline.forEmployer through the backend (in this thread: the hop is measured on its own), next
 * to hand-written SQL for the same rows: a page
 * of interactions with their employer's name, the role changes on that page, and who was there. */
export async function measureTimeline(dataDir: string, employerId: string, iterations: number) {
  const backend = await openBackendInThread({ dataDir });
  const raw = new SQLite(path.join(dataDir, databaseFileName), { readonly: true });
  const deep = raw
    .prepare(
      'select occurred_at as at, id as key from interaction where employer_id = ? and deleted_at is null order by occurred_at desc, id desc limit 1 offset 5000',
    )
    .get(employerId) as { at: string; key: string };
  const page =
    raw.prepare(`select i.id, i.employer_id, e.name as employer_name, i.kind, i.status, i.occurred_at, i.summary,
      i.notes, i.follow_up_on, i.follow_up_note, i.created_at, i.updated_at, i.deleted_at
    from interaction i join employer e on e.id = i.employer_id
    where i.employer_id = ? and i.deleted_at is null and i.status in ('done', 'cancelled')
      and (i.occurred_at, i.id) < (?, ?)
    order by i.occurred_at desc, i.id desc limit 51`);
  // The same rows: on the first page, planned contact under "Coming up", soonest first.
  const planned =
    raw.prepare(`select i.id, i.employer_id, e.name as employer_name, i.kind, i.status, i.occurred_at, i.summary,
      i.notes, i.follow_up_on, i.follow_up_note, i.created_at, i.updated_at, i.deleted_at
    from interaction i join employer e on e.id = i.employer_id
    where i.employer_id = ? and i.deleted_at is null and i.status = 'planned'
    order by i.occurred_at, i.id limit 50`);
  // The same rows: the people who joined or left, on the same page.
  const roles =
    raw.prepare(`select * from (select 'affiliation_started' as type, a.started_on as at, a.id || ':started' as key,
      a.id, a.person_id, p.name, a.employer_id, e.name, a.role_title
    from affiliation a join person p on p.id = a.person_id join employer e on e.id = a.employer_id
    where a.employer_id = ? and a.deleted_at is null and a.started_on is not null and (a.started_on, a.id || ':started') < (?, ?)
    order by at desc, key desc limit 51)
    union all select * from (select 'affiliation_ended', a.ended_on, a.id || ':ended', a.id, a.person_id, p.name, a.employer_id,
      e.name, a.role_title
    from affiliation a join person p on p.id = a.person_id join employer e on e.id = a.employer_id
    where a.employer_id = ? and a.deleted_at is null and a.ended_on is not null and (a.ended_on, a.id || ':ended') < (?, ?)
    order by 2 desc, 3 desc limit 51)`);
  const whoRecorded = raw.prepare(`select cl.entity_id, cs.actor from json_each(?) j
    cross join change_log cl on cl.entity = ? and cl.entity_id = j.value
    join change_set cs on cs.id = cl.change_set_id where cl.action = 'insert' order by cl.seq`);
  // The same rows: trust notes, promises, phase moves and assessments, compiled once per page.
  const { db } = await openDatabase({ dataDir });
  const events = (after: { at: string; key: string } | undefined) => {
    const compiled = recordEventsQuery({ employerId }, { after }, 51)!.compile(db);
    return { statement: raw.prepare(compiled.sql), parameters: compiled.parameters as unknown[] };
  };
  const results = [];
  for (const [name, after] of [
    ['first page', undefined],
    ['page 100 (item 5,000)', deep],
  ] as const) {
    const eventStatement = events(after);
    const { ours, raw: rawTimes } = await timeSideBySide(
      async () => {
        const result = await backend.invoke('timeline.forEmployer', { employerId, after, limit: 50 });
        if (!result.ok) throw new Error(result.error.message);
      },
      () => {
        const rows = page.all(employerId, after?.at ?? '9999', after?.key ?? '') as { id: string }[];
        const comingUp = after ? [] : (planned.all(employerId) as { id: string }[]);
        const roleRows = roles.all(
          employerId,
          after?.at ?? '9999',
          after?.key ?? '',
          employerId,
          after?.at ?? '9999',
          after?.key ?? '',
        ) as { id: string; at: string }[];
        const events = (
          eventStatement.statement.all(...eventStatement.parameters) as { type: string; at: string; payload: string }[]
        ).map((row) => ({
          entity: row.type.replace(/_(made|resolved)$/, ''),
          at: row.at,
          id: (JSON.parse(row.payload) as { id: string }).id,
        }));
        const ids = [...rows.slice(0, 50), ...comingUp].map((row) => row.id);
        // The same rows: who recorded each item on the page (the newest 50 of every kind), from the change log.
        const onPage = [
          ...(rows as { id: string; occurred_at: string }[]).map((row) => ({
            entity: 'interaction',
            at: row.occurred_at,
            id: row.id,
          })),
          ...roleRows.map((row) => ({ entity: 'affiliation', at: row.at, id: row.id })),
          ...events,
        ]
          .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
          .slice(0, 50);
        const byEntity = new Map<string, string[]>();
        for (const item of [...onPage, ...comingUp.map((row) => ({ entity: 'interaction', id: row.id }))]) {
          byEntity.set(item.entity, [...(byEntity.get(item.entity) ?? []), item.id]);
        }
        for (const [entity, ofKind] of byEntity) whoRecorded.all(JSON.stringify(ofKind), entity);
        raw
          .prepare(
            `select ip.interaction_id, p.id, p.name from interaction_person ip join person p on p.id = ip.person_id where ip.interaction_id in (${ids.map(() => '?').join(',')}) order by p.name`,
          )
          .all(...ids);
        raw
          .prepare(
            `select interaction_id, id, file_name, size_bytes from evidence where interaction_id in (${ids.map(() => '?').join(',')}) and deleted_at is null and file_name is not null order by created_at, id`,
          )
          .all(...ids);
      },
      iterations,
    );
    results.push({ case: name, ...comparison(ours, rawTimes) });
  }
  raw.close();
  await db.destroy();
  await backend.close();
  return results;
}

export async function measureSearch(dataDir: string, iterations: number) {
  const raw = new SQLite(path.join(dataDir, databaseFileName));
  raw.exec("create virtual table if not exists temp.interaction_terms using fts5vocab(main, 'interaction_fts', 'row')");
  const rare = raw
    .prepare('select term, doc from temp.interaction_terms where length(term) > 4 order by doc, term limit 1')
    .get() as { term: string; doc: number };
  const common = raw.prepare('select term, doc from temp.interaction_terms order by doc desc limit 1').get() as {
    term: string;
    doc: number;
  };
  raw.close();
  const backend = await openBackend({ dataDir });
  const results = [];
  for (const [name, text] of [
    [`common word "${common.term}" (in ${common.doc.toLocaleString('en-GB')} contacts)`, common.term],
    [`rare word "${rare.term}" (in ${rare.doc.toLocaleString('en-GB')})`, rare.term],
    ['prefix "wareh"', 'wareh'],
    ['two words "guaranteed interviews"', 'guaranteed interviews'],
  ] as const) {
    const times = await time(
      async () => {
        const result = await backend.invoke('search.query', { text });
        if (!result.ok) throw new Error(result.error.message);
      },
      Math.min(iterations, 300),
    );
    results.push({ case: name, ...summary(times) });
  }
  await backend.close();
  return results;
}

/** Logging contact on the busiest employer; the rows are taken out again afterwards. */
export async function measureCreate(dataDir: string, employerId: string, iterations: number) {
  const backend = await openBackend({ dataDir });
  const ids: string[] = [];
  const times = await time(
    async () => {
      const result = await backend.invoke('interactions.create', {
        employerId,
        kind: 'call',
        status: 'done',
        occurredAt: new Date(Date.now() - 60_000).toISOString(),
        summary: 'Benchmark call about the warehouse roles',
        notes: 'Spoke about guaranteed interviews and a work trial.',
      });
      if (!result.ok) throw new Error(result.error.message);
      ids.push(result.value.id);
    },
    Math.min(iterations, 300),
    5,
  );
  await backend.close();
  const raw = new SQLite(path.join(dataDir, databaseFileName));
  raw.transaction(() => {
    const list = ids.map(() => '?').join(',');
    raw.prepare(`delete from change_log where entity_id in (${list})`).run(...ids);
    raw.prepare(`delete from interaction where id in (${list})`).run(...ids);
  })();
  raw.close();
  return summary(times);
}

/** In the browser host: from changing page to the busiest employer's timeline being on screen. */
export async function measureEmployerPage(dataDir: string, employerId: string, runs = 10) {
  const app = await launchBrowserApp({ dataDir });
  const times: number[] = [];
  try {
    // The app opens on Today; going elsewhere before it has does not stick.
    await app.page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    for (let run = 0; run < runs + 1; run++) {
      await app.page.goto(`${appOrigin}/index.html#/employers`);
      await app.page.reload();
      await app.page.getByRole('heading', { name: 'Employers', level: 1 }).waitFor();
      await app.page.locator('tbody tr[aria-rowindex="2"] a').waitFor();
      // The page's own time, once the app has loaded its pages in the background (2 s after it
      // opens); a first visit sooner also waits for the page's code (see README).
      await app.page.waitForTimeout(2500);
      // A string, not a function: the TypeScript runner would add helpers the page does not have.
      const ms = (await app.page.evaluate(`new Promise((resolve) => {
        const started = performance.now();
        location.hash = '#/employers/${employerId}';
        const check = () =>
          document.querySelector('[aria-label="Relationship timeline"] .mantine-Paper-root')
            ? resolve(performance.now() - started)
            : requestAnimationFrame(check);
        check();
      })`)) as number;
      if (run > 0) times.push(ms);
    }
  } finally {
    await app.close();
  }
  return { p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)), runs };
}
