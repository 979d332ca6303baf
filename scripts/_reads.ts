import { measureEmployerList } from './bench/employers';
import { busiestEmployer, measureTimeline } from './bench/relationships';
const dataDir = 'bench/data/large';
const which = process.argv[2] ?? 'both';
if (which !== 'timeline') for (const r of await measureEmployerList(dataDir, 1000)) console.log(r.case.padEnd(45), r.p95Ms, r.rawP95Ms, r.ratioP95);
if (which !== 'list') for (const r of await measureTimeline(dataDir, busiestEmployer(dataDir).id, 1000)) console.log(r.case.padEnd(45), r.p95Ms, r.rawP95Ms, r.ratioP95);
