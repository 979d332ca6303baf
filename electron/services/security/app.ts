// Protecting the record with a passphrase: set, change or remove it. Unlocking and locking are
// answered by the backend itself, which owns the connection (electron/backend.ts).
import { DomainError } from '../../../shared/result';
import { effect, type Handlers } from '../../kernel/context';

export type SecurityHandlers = Handlers<'security.setPassphrase'>;

export const securityHandlers: SecurityHandlers = {
  // An effect, not a `write`: changing the key rewrites the file outside any transaction of ours.
  'security.setPassphrase': effect(async ({ current, passphrase, oldBackups, jobId }, ctx) => {
    if (ctx.record.encrypted() && !(await ctx.record.passphraseIs(current ?? ''))) {
      throw new DomainError('invalid_input', 'That is not your current passphrase. Check it and try again.', 'current');
    }
    if (!ctx.record.encrypted() && passphrase === '') {
      throw new DomainError('invalid_input', 'Enter a passphrase to protect your record.', 'passphrase');
    }
    // Once the record's key has changed, the backups follow it to the end: not cancelled part-way.
    const choice = (passphrase && oldBackups) || 'rewrite';
    const stage = choice === 'remove' ? 'Deleting older backups' : 'Updating older backups';
    const backups = await ctx.work.jobs.run(jobId, 1, (job) =>
      ctx.record.setPassphrase(passphrase || null, {
        choice,
        progress: (done, total) => job.checkpoint(stage, done, total),
      }),
    );
    return { encrypted: passphrase !== '', backups };
  }),
};
