import { lazy, type ComponentType } from 'react';

/** A component from a module loaded the first time it is shown (React's `lazy`, for a named export). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each component has its own props
export function lazyNamed<Module extends Record<Name, ComponentType<any>>, Name extends keyof Module & string>(
  load: () => Promise<Module>,
  name: Name,
) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}
