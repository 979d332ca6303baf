// Parts of the app that load when first shown, so the window is ready sooner. React throttles the
// reveal after a Suspense fallback (at least 300 ms), so a part that has already loaded is shown
// directly, and `preloadAll()` loads every part once the app has settled.
import { lazy, useEffect, type ComponentProps, type ComponentType } from 'react';

const loaders: (() => Promise<unknown>)[] = [];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each component has its own props
export function lazyNamed<Module extends Record<Name, ComponentType<any>>, Name extends keyof Module & string>(
  load: () => Promise<Module>,
  name: Name,
) {
  let loaded: Module[Name] | undefined;
  let loading: Promise<{ default: Module[Name] }> | undefined;
  const start = () =>
    (loading ??= load().then((module) => {
      loaded = module[name];
      return { default: module[name] };
    }));
  loaders.push(start);
  const Lazy = lazy(start);
  return function Loaded(props: ComponentProps<Module[Name]>) {
    const Component = (loaded ?? Lazy) as ComponentType<ComponentProps<Module[Name]>>;
    return <Component {...props} />;
  };
}

/** Loads every lazily loaded part in the background, a little after the app has opened. */
export function usePreloadAll(afterMs = 2000) {
  useEffect(() => {
    let idle = 0;
    const timer = window.setTimeout(() => {
      idle = requestIdleCallback(() => void Promise.all(loaders.map((start) => start())).catch(() => undefined));
    }, afterMs);
    return () => {
      window.clearTimeout(timer);
      cancelIdleCallback(idle);
    };
  }, [afterMs]);
}
