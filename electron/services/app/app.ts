// The app as a whole: what the About box and the check on opening show, the welcome a new user
// sees once, and the sample data they can explore with.
import { effect, write, read, type Handlers } from '../../kernel/context';
import { loadSampleData } from './sample';
import { appInfo, finishWelcome, removeSampleData } from './info';

export type AppHandlers = Handlers<'app.info' | 'app.loadSampleData' | 'app.finishWelcome' | 'app.removeSampleData'>;

export const appHandlers: AppHandlers = {
  'app.info': read((_input, ctx) => appInfo(ctx)),
  'app.loadSampleData': write((_input, ctx) => loadSampleData(ctx)),
  'app.finishWelcome': write((input, ctx) => finishWelcome(ctx, input)),
  'app.removeSampleData': effect((_input, ctx) => removeSampleData(ctx)),
};
