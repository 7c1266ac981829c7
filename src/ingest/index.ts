/** Reads a thread from a file, choosing the parser by extension (and content, for text files). */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { InputError } from '../core/errors.ts';
import type { Thread } from '../core/thread.ts';
import { parseThreadJson } from './thread-json.ts';

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
  return parseThreadText(raw, basename(path) === path ? path : path);
}

/** Parses thread text whose format is told by its name (".json") or its first character. */
export function parseThreadText(raw: string, name: string): Thread {
  const text = raw.replace(/^\uFEFF/, '');
  if (name.toLowerCase().endsWith('.json') || /^\s*[{[]/.test(text)) return parseThreadJson(text, name);
  throw new InputError(`${name}: unknown format: expected thread JSON (.json)`);
}
