/**
 * Cheap checks of what a file holds, from its first bytes: kept apart from the parsers so that
 * choosing a format never loads a MIME or CSV library the file does not need.
 */

/** Whether the first bytes look like an mbox archive (a "From " separator line with its date). */
export function looksLikeMbox(head: string): boolean {
  // "From sender Thu Nov 26 15:20:15 2026": an address (or "-") then a ctime date.
  return /^From \S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) /.test(
    head.replace(/^\uFEFF/, ''),
  );
}

/** Whether a CSV is LinkedIn's messages.csv (its header names CONVERSATION ID and CONTENT). */
export function looksLikeLinkedIn(head: string): boolean {
  const header = head.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  return header.includes('CONVERSATION ID') && header.includes('CONTENT');
}
