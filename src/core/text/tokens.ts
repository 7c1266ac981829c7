import type { Token } from './analyze.ts';

/**
 * The index of the first token in [from, to) that passes `test`, or -1: findIndex over a range.
 * Detectors look inside one sentence or clause; a findIndex over the whole text with the range in
 * its predicate walks every token of the text for each sentence.
 */
export function findTokenIndex(
  tokens: readonly Token[],
  from: number,
  to: number,
  test: (token: Token) => boolean,
): number {
  const end = Math.min(to, tokens.length);
  for (let k = Math.max(from, 0); k < end; k++) if (test(tokens[k]!)) return k;
  return -1;
}

/** The first token in [from, to) that passes `test`, or undefined: slice().find() without the copy. */
export function findToken(
  tokens: readonly Token[],
  from: number,
  to: number,
  test: (token: Token) => boolean,
): Token | undefined {
  const k = findTokenIndex(tokens, from, to, test);
  return k >= 0 ? tokens[k] : undefined;
}
