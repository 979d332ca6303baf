// `node --import ./register.mjs out/main/index.js`: the built desktop shell, with `electron`
// answered by the stand-in beside this file.
import { register } from 'node:module';

register('./resolve.mjs', import.meta.url);
