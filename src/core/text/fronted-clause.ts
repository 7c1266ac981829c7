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

/**
 * Words that name a topic before the sentence's point ("Regarding the renewal, ...", "About the
 * invoice, ...", "Re the PO, ..."): what follows their comma is a clause of its own, which may be
 * an order. ("As for the renewal, ..." opens with "as", a fronted-clause opener.)
 */
export const TOPIC_LEADS: ReadonlySet<string> = new Set(['regarding', 'concerning', 're', 'about']);

/**
 * Verbs that open a sentence as a discourse marker before a comma ("Look, I understand", "Listen,
 * ...", "Wait, I will check"): no order or request; the clause after the comma decides.
 */
export const DISCOURSE_MARKERS: ReadonlySet<string> = new Set(['look', 'listen', 'wait', 'see']);
