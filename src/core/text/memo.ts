import { type AnalyzedText, memoOf } from './analyze.ts';

/**
 * What a module derives from an analysis (its phrase hits, its topic hits), kept with the
 * analysis: WeakMaps keyed by each message's analysis cost the cue analysis about 4% (measured;
 * the garbage collector must trace every entry as an ephemeron, and may keep its value longer
 * than its key). An analysis built elsewhere (a test's literal, a copy) is kept in a WeakMap.
 */
export interface Memo<V> {
  get(text: AnalyzedText): V | undefined;
  set(text: AnalyzedText, value: V): void;
}

export function memo<V>(name: string): Memo<V> {
  const slot = Symbol(name);
  const fallback = new WeakMap<AnalyzedText, V>();
  return {
    get(text) {
      const record = memoOf(text);
      return record ? (record[slot] as V | undefined) : fallback.get(text);
    },
    set(text, value) {
      const record = memoOf(text);
      if (record) record[slot] = value;
      else fallback.set(text, value);
    },
  };
}
