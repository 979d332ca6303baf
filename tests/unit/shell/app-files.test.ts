import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererFile } from '../../../electron/app-files';

const root = path.resolve('/opt/Bridgework/resources/app.asar/out/renderer');

describe('app:// addresses', () => {
  it('name only files inside the renderer folder', () => {
    expect(rendererFile(root, 'app://bridgework/index.html')).toBe(path.join(root, 'index.html'));
    expect(rendererFile(root, 'app://bridgework/assets/index-abc.js')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(rendererFile(root, 'app://bridgework/assets/a%20b.png')).toBe(path.join(root, 'assets', 'a b.png'));
  });

  it('refuse a way out, a sibling folder with a similar name, and an address that cannot be decoded', () => {
    expect(rendererFile(root, 'app://bridgework/..%2F..%2Fmain%2Findex.js')).toBeNull();
    // Decodes to a sibling folder, out/renderer-secrets, whose name starts like the renderer's.
    expect(rendererFile(root, 'app://bridgework/..%2Frenderer-secrets%2Fkey.txt')).toBeNull();
    expect(rendererFile(root, 'app://bridgework/%E0%A4%A')).toBeNull();
    expect(rendererFile(root, 'app://bridgework/')).toBeNull();
  });
});
