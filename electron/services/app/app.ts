// The app as a whole: what the About box and the check on opening show, the welcome a new user
// sees once, and the sample data they can explore with.
import { mutation, query, type Handlers } from '../context';
import { loadSampleData } from './sample';
import { appInfo, finishWelcome, removeSampleData } from './info';

export type AppHandlers = Handlers<'app.info' | 'app.loadSampleData' | 'app.finishWelcome' | 'app.removeSampleData'>;

export const appHandlers: AppHandlers = {
  'app.info': query((_input, ctx) => appInfo(ctx)),
  'app.loadSampleData': mutation((_input, ctx) => loadSampleData(ctx)),
  'app.finishWelcome': mutation((input, ctx) => finishWelcome(ctx, input)),
  'app.removeSampleData': query((_input, ctx) => removeSampleData(ctx)),
};
