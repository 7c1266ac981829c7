/**
 * Words that open a fronted clause ("If you want this deal, ...", "As discussed, ...",
 * "According to the contract, ..."): a request or order in the sentence comes after its comma.
 */
export const FRONTED_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'if',
  'when',
  'before',
  'after',
  'once',
  'as',
  'since',
  'while',
  'unless',
  'until',
  'according',
]);
