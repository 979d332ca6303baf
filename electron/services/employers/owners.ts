// Who looks after which employers: the account owners the record names, and handing everything
// one person looked after to a colleague in one step when they leave or change role.
import { sql, type Kysely } from 'kysely';
import type { AccountOwner } from '../../../shared/employers/schema';
import { DomainError } from '../../../shared/result';
import type { Database } from '../../db/schema';
import type { ServiceContext } from '../../kernel/context';

/** Account owners, however each was typed (“priya shah” is Priya Shah), most employers first. */
export async function listOwners(db: Kysely<Database>): Promise<AccountOwner[]> {
  const { rows } = await sql<AccountOwner>`select min(account_owner) as name, count(*) as employers
    from employer where deleted_at is null and coalesce(account_owner, '') != ''
    group by account_owner collate nocase order by employers desc, name collate nocase`.execute(db);
  return rows;
}

/** Every employer `from` owns (those in Trash too, so a restored one is not left with them) goes to `to`. */
export async function handOver(ctx: ServiceContext, { from, to }: { from: string; to: string }) {
  const { numUpdatedRows } = await ctx.db
    .updateTable('employer')
    .set({ accountOwner: to, updatedAt: ctx.now() })
    .where(sql<boolean>`account_owner = ${from.trim()} collate nocase`)
    .executeTakeFirst();
  if (numUpdatedRows === 0n) {
    throw new DomainError('invalid_input', `No employers have ${from} as their account owner.`, 'from');
  }
  return { handedOver: Number(numUpdatedRows) };
}
