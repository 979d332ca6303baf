// Parts of the app that load when first shown, so the window is ready sooner. Not React.lazy:
// React holds back what a Suspense boundary reveals for at least 300 ms after its fallback shows,
// which made every first visit to a page wait that long. Here a part shows the moment its code
// has arrived, and `usePreloadAll()` loads every part once the app has settled.
import { useEffect, useReducer, type ComponentProps, type ComponentType, type ReactNode } from 'react';

const loaders: (() => Promise<unknown>)[] = [];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each component has its own props
export function lazyNamed<Module extends Record<Name, ComponentType<any>>, Name extends keyof Module & string>(
  load: () => Promise<Module>,
  name: Name,
  /** Shown while the part's code arrives. */
  fallback: ReactNode = null,
) {
  let loaded: Module[Name] | undefined;
  let failed: unknown;
  let loading: Promise<void> | undefined;
  const start = () =>
    (loading ??= load().then(
      (module) => {
        loaded = module[name];
      },
      (error: unknown) => {
        failed = error ?? new Error('A part of Bridgework could not be loaded.');
      },
    ));
  loaders.push(start);
  return function Loaded(props: ComponentProps<Module[Name]>) {
    const [, arrived] = useReducer((count: number) => count + 1, 0);
    useEffect(() => {
      if (!loaded && !failed) void start().then(arrived);
    }, []);
    // Shown by the nearest error boundary; the next time the part is shown, it is fetched again.
    if (failed) {
      const error = failed;
      failed = undefined;
      loading = undefined;
      throw error;
    }
    if (!loaded) return fallback;
    const Component = loaded as ComponentType<ComponentProps<Module[Name]>>;
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
