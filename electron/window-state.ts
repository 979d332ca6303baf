// Where the window was last time, so it opens there again. Plain Node: no Electron import.
import fs from 'node:fs';

export type WindowBounds = { x?: number; y?: number; width: number; height: number; maximised?: boolean };

const fallback: WindowBounds = { width: 1280, height: 820 };

export function readWindowBounds(file: string): WindowBounds {
  try {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<WindowBounds>;
    if (typeof saved.width !== 'number' || typeof saved.height !== 'number') return fallback;
    return { ...saved, width: Math.max(saved.width, 800), height: Math.max(saved.height, 560) } as WindowBounds;
  } catch {
    return fallback;
  }
}

export function writeWindowBounds(file: string, bounds: WindowBounds): void {
  try {
    fs.writeFileSync(file, JSON.stringify(bounds));
  } catch {
    // Losing the window position is harmless; never let it stop the app closing.
  }
}
