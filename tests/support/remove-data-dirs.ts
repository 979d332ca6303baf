// Run before each unit test file (vitest's setupFiles): the data folders its tests made are
// removed when they are done, whatever each test did with them.
import { afterAll } from 'vitest';
import { removeDataDirs } from './temp-backend';

afterAll(removeDataDirs);
