/**
 * Builds a thread from a compact description, for rule cases and tests:
 * `{ reader: 'US', writer: 'RU', history: [c('...'), r('...')], draft: '...' }`.
 */
import type { Thread } from '../thread.ts';

export interface Line {
  from: 'client' | 'rep';
  text: string;
  /** Hours after the previous line (default 24). */
  after?: number;
}

export const c = (text: string, after?: number): Line => ({ from: 'client', text, after });
export const r = (text: string, after?: number): Line => ({ from: 'rep', text, after });

export interface ThreadSpec {
  /** Client's country (default US). */
  reader?: string;
  /** Rep's country (default RU). */
  writer?: string;
  clientName?: string;
  repName?: string;
  history: Line[];
  draft: string;
  /** Hours from the last history line to the draft (default 2). */
  draftAfter?: number;
}

const START = Date.parse('2026-03-02T09:00:00Z');

export function buildThread(spec: ThreadSpec): Thread {
  let t = START;
  const messages = spec.history.map((line) => {
    t += (line.after ?? 24) * 3_600_000;
    return {
      from: line.from === 'client' ? 'client' : 'rep',
      at: new Date(t).toISOString(),
      text: line.text,
    };
  });
  t += (spec.draftAfter ?? 2) * 3_600_000;
  return {
    participants: [
      { id: 'client', name: spec.clientName ?? 'Alex Morgan', role: 'client', culture: spec.reader ?? 'US' },
      { id: 'rep', name: spec.repName ?? 'Marina', role: 'rep', culture: spec.writer ?? 'RU' },
    ],
    messages,
    draft: { from: 'rep', at: new Date(t).toISOString(), text: spec.draft },
  };
}
