import { z } from 'zod';

/** A file Bridgework wrote for the user to send on. */
export type ExportedFile = { file: string; name: string; folder: string; bytes: number };

export const exportedFileInput = z.object({ file: z.string().min(1, { error: 'Choose a file' }).max(4096) });
