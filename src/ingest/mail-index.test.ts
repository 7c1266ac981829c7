import { describe, expect, it } from 'vitest';
import { Column, HashTable, MailIndex, type MailKey, normaliseSubject } from './email.ts';

/**
 * Threading as it was written before the index kept only hashes: strings in Maps, mails in
 * arrays. The index must give exactly these threads.
 */
function referenceThreads(mails: readonly MailKey[]): { kept: (number | undefined)[]; threads: number[][] } {
  const owner = new Map<string, number>();
  const added: MailKey[] = [];
  const kept = mails.map((mail) => {
    if (mail.messageId !== undefined && mail.messageId !== '') {
      if (owner.has(mail.messageId)) return undefined;
      owner.set(mail.messageId, added.length);
    }
    return added.push(mail) - 1;
  });
  const root = added.map((_, i) => i);
  const find = (i: number): number => (root[i] === i ? i : find(root[i]!));
  const union = (a: number, b: number) => {
    root[find(a)] = find(b);
  };
  added.forEach((mail, i) => {
    for (const parent of mail.parents) if (owner.has(parent)) union(i, owner.get(parent)!);
  });
  const time = (i: number) => (added[i]!.at ? Date.parse(added[i]!.at!) : 0);
  const order = added.map((_, i) => i).sort((a, b) => time(a) - time(b));
  const bySubject = new Map<string, number[]>();
  for (const i of order) {
    const subject = normaliseSubject(added[i]!.subject);
    if (subject === '') continue;
    const earlier = bySubject.get(subject) ?? [];
    if (earlier.length > 0 && !added[i]!.parents.some((p) => owner.has(p))) {
      const match = earlier.find((j) => added[j]!.addresses.some((a) => added[i]!.addresses.includes(a)));
      if (match !== undefined) union(i, match);
    }
    bySubject.set(subject, [...earlier, i]);
  }
  const groups = new Map<number, number[]>();
  for (const i of order) groups.set(find(i), [...(groups.get(find(i)) ?? []), i]);
  return { kept, threads: [...groups.values()] };
}

/**
 * A random archive with what threading has to handle: copies, missing and unknown ids, replies
 * before their parents, shared and empty subjects, missing, equal and odd dates, no addresses.
 */
function randomMails(count: number, seed: number): MailKey[] {
  let state = seed;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const ids = Math.max(1, Math.floor(count * (0.5 + random())));
  const subjects = ['', 'Re: ', 'Demo', 'Re: Demo', 'RE: demo', 'Fwd: Demo', 'Other', 'Re: Other 1', '  '];
  const people = ['a@x', 'b@x', 'c@x', 'd@x', 'e@x'];
  return Array.from({ length: count }, () => ({
    ...(random() < 0.85 ? { messageId: `<m${Math.floor(random() * ids)}@x>` } : {}),
    parents: Array.from(
      { length: Math.floor(random() * random() * 4) },
      () => `<m${Math.floor(random() * ids * 1.3)}@x>`,
    ),
    subject: pick(subjects) + (random() < 0.3 ? String(Math.floor(random() * 3)) : ''),
    addresses: Array.from({ length: Math.floor(random() * 4) }, () => pick(people)),
    // Mostly whole seconds since 1970, as date headers are; some with milliseconds, or before 1970.
    ...(random() < 0.9
      ? {
          at: new Date(
            pick([Date.UTC(2026, 0, 1), Date.UTC(1969, 11, 31, 23, 59)]) +
              Math.floor(random() * 20) * 60_000 +
              (random() < 0.1 ? 7 : 0),
          ).toISOString(),
        }
      : {}),
  }));
}

describe('MailIndex', () => {
  it('gives the same threads as plain Maps and arrays, on random archives', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const mails = randomMails(seed <= 150 ? seed % 60 : 2000, seed);
      const index = new MailIndex();
      const kept = mails.map((mail) => index.add(mail));
      const threads = Array.from(index.threads(), (t) => Array.from(t));
      expect({ kept, threads }, `seed ${seed}`).toEqual(referenceThreads(mails));
    }
  });

  it('joins a reply added before its parent, and a mail by subject only without a known parent', () => {
    const index = new MailIndex();
    const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();
    index.add({ messageId: '<b>', parents: ['<a>'], subject: 'Re: Deal', addresses: ['x@y'], at: at(2) });
    index.add({ messageId: '<a>', parents: [], subject: 'Deal', addresses: ['z@y'], at: at(1) });
    index.add({ messageId: '<c>', parents: ['<gone>'], subject: 'Re: Deal', addresses: ['x@y'], at: at(3) });
    index.add({ messageId: '<d>', parents: [], subject: 'Re: Deal', addresses: ['x@y'], at: at(4) });
    expect(index.add({ messageId: '<a>', parents: [], subject: 'Deal', addresses: [], at: at(0) })).toBe(
      undefined,
    );
    // <c>'s parent is unknown, so it is joined by subject: to <b>, the first earlier mail sharing x@y.
    expect(Array.from(index.threads(), (t) => Array.from(t))).toEqual([[1, 0, 2, 3]]);
  });
});

describe('HashTable', () => {
  it('finds every entry it was given, and no other, as it grows', () => {
    const hi = new Column(Uint32Array);
    const lo = new Column(Uint32Array);
    const table = new HashTable(hi, lo);
    const key = (i: number) => [Math.imul(i, 0x9e3779b1) >>> 0, i % 7] as const;
    const wrong: string[] = []; // collected, not one expect a lookup: 100,000 of them
    for (let i = 0; i < 100_000; i++) {
      const [h, l] = key(i);
      if (table.get(h, l) !== -1) wrong.push(`${i} found before it was added`);
      hi.push(h);
      lo.push(l);
      table.add(i);
      if (i % 9_973 === 0)
        for (let j = 0; j <= i; j += 97) if (table.get(...key(j)) !== j) wrong.push(`${j} lost at ${i}`);
    }
    for (let i = 0; i < 100_000; i++) if (table.get(...key(i)) !== i) wrong.push(`${i} lost`);
    expect(wrong).toEqual([]);
    expect(table.size).toBe(100_000);
    expect(table.get(1, 7)).toBe(-1); // lo is never 7
  });
});

describe('Column', () => {
  it('keeps its numbers across chunks, and sets them in place', () => {
    const column = new Column(Float64Array, [0.5]);
    for (let i = 1; i < 50_000; i++) column.push(i * 1.5);
    column.set(40_000, -1);
    expect([column.length, column.at(0), column.at(16_384), column.at(49_999), column.at(40_000)]).toEqual([
      50_000, 0.5, 24_576, 74_998.5, -1,
    ]);
  });
});
