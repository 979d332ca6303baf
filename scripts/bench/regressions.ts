// Every figure more than a quarter worse than in the results committed before this run, so a
// regression is seen when it happens, not weeks later.

export type Regression = { figure: string; before: number; after: number; worseBy: string };

/** Times and memory are better lower; rates better higher; anything else is not a speed. */
function direction(key: string): 'lower' | 'higher' | null {
  if (/Ms$|MB$|Megabytes$|Mb$/.test(key)) return 'lower';
  if (/PerSecond$/.test(key)) return 'higher';
  return null;
}

export function regressions(before: unknown, after: unknown, worse = 0.25): Regression[] {
  const found: Regression[] = [];
  const walk = (then: unknown, now: unknown, path: string, key: string) => {
    if (typeof then === 'number' && typeof now === 'number') {
      const better = direction(key);
      if (!better || then <= 0) return;
      const change = better === 'lower' ? now / then - 1 : then / now - 1;
      if (change > worse)
        found.push({ figure: path, before: then, after: now, worseBy: `${Math.round(change * 100)} %` });
      return;
    }
    if (Array.isArray(then) && Array.isArray(now)) {
      // Rows of a table are matched by what they measure, not by their place.
      for (const row of now as Record<string, unknown>[]) {
        const match = (then as Record<string, unknown>[]).find((old) => old?.case === row?.case) ?? null;
        if (match) walk(match, row, `${path}[${String(row.case)}]`, key);
      }
      return;
    }
    if (then && now && typeof then === 'object' && typeof now === 'object') {
      for (const [name, value] of Object.entries(now)) {
        if (name === 'targets') continue;
        walk((then as Record<string, unknown>)[name], value, path ? `${path}.${name}` : name, name);
      }
    }
  };
  walk(before, after, '', '');
  return found;
}
