// Logging emails and calendar invitations from their files: what each would become, then the lot
// in one change set.
import { effect, write, type Handlers } from '../../kernel/context';
import { commitMail } from './commit';
import { previewMail } from './preview';

export type MailHandlers = Handlers<'mail.preview' | 'mail.commit'>;

export const mailHandlers: MailHandlers = {
  'mail.preview': effect((input, ctx) => previewMail(ctx, input)),
  'mail.commit': write((input, ctx) => commitMail(ctx, input)),
};
