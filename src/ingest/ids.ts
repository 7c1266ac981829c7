/** Participant ids made from names or addresses, unique within a thread. */

/** "John Carter" -> "john-carter"; a second "John Carter" -> "john-carter-2". */
export function uniqueId(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'participant';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
