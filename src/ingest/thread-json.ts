/** Thread JSON (DESIGN.md): JSON.parse with a located error, then the schema. */
import { InputError } from '../core/errors.ts';
import { lineColumn } from '../core/format/lines.ts';
import type { Thread } from '../core/thread.ts';
import { parseThread } from '../core/thread-schema.ts';

export function parseThreadJson(text: string, name: string): Thread {
  return parseThread(parseJsonText(text, name), name);
}

/** JSON.parse, with an error naming the file, line and column. */
export function parseJsonText(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const where = position ? lineColumn(text, Number(position[1])) : undefined;
    const reason = message
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/^Unexpected token/, 'unexpected character');
    throw new InputError(
      `${name}: invalid JSON${where ? ` at line ${where.line}, column ${where.column}` : ''}: ${reason}`,
    );
  }
}
