/** Reads a thread from a file, choosing the parser by extension and, when that does not decide, by content. */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { InputError } from '../core/errors.ts';
import type { Thread } from '../core/thread.ts';
import { parseThreadJson } from './thread-json.ts';
import { looksLikeTranscript, parseTranscript } from './transcript.ts';

export async function loadThread(path: string): Promise<Thread> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
    if (code === 'EISDIR') throw new InputError(`${path}: is a directory, expected a thread file`);
    if (code === 'EACCES') throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot read (${code ?? String(error)})`);
  }
  return parseThreadText(raw, path);
}

/** Parses thread text whose format is told by its name's extension or, failing that, by its content. */
export function parseThreadText(raw: string, name: string): Thread {
  const text = raw.replace(/^\uFEFF/, '');
  const extension = extname(name).toLowerCase();
  if (extension === '.json') return parseThreadJson(text, name);
  if (extension === '.transcript') return parseTranscript(text, name);
  // A transcript may start with "[2026-..." or "[draft]", so it is tried before JSON's "[".
  if (looksLikeTranscript(text)) return parseTranscript(text, name);
  if (/^\s*[{[]/.test(text)) return parseThreadJson(text, name);
  if (extension === '.txt') return parseTranscript(text, name);
  throw new InputError(
    `${name}: unknown format: expected thread JSON (.json) or a transcript (.txt, .transcript)`,
  );
}
