import { describe, expect, it } from 'vitest';
import {
  contract,
  dropArticles,
  dropGreetingComma,
  expandContractions,
  PERTURBATIONS,
  renameClient,
  shiftWeeks,
  signOff,
  type ThreadJson,
} from './perturbations.ts';

const thread: ThreadJson = {
  participants: [
    { id: 'c', name: 'Greg Whitman', role: 'client', culture: 'US' },
    { id: 'r', name: 'Olga Petrova', role: 'rep', culture: 'RU' },
  ],
  messages: [{ from: 'c', at: '2026-03-02T15:00:00Z', text: "Hi Olga,\nI'm back. Greg's team can't wait." }],
  draft: { from: 'r', at: '2026-03-03T09:00:00Z', text: 'Hello Greg.\nThe price is in the offer.' },
};

describe('perturbations', () => {
  it('spells out contractions, straight or curly, and keeps the rest', () => {
    expect(expandContractions("I'm sure we can't, it’s what they're saying. Don't.")).toBe(
      'I am sure we cannot, it is what they are saying. Do not.',
    );
    expect(expandContractions("Greg's team")).toBe("Greg's team");
  });

  it('contracts what is spelt out, and leaves an "is" that ends a clause', () => {
    expect(contract('I am sure we cannot, it is what they are saying. Do not. We will see, as it is.')).toBe(
      "I'm sure we can't, it's what they're saying. Don't. We'll see, as it is.",
    );
    // "let us" opening a sentence proposes; inside one it asks leave ("you must let us host you").
    expect(contract('Let us meet. You must let us host you.')).toBe("Let's meet. You must let us host you.");
    expect(contract(expandContractions("We don't think it's ready, and I won't sign."))).toBe(
      "We don't think it's ready, and I won't sign.",
    );
  });

  it("drops only the opening greeting's comma", () => {
    expect(dropGreetingComma('Hi Jen, fill in the form, then send it.')).toBe(
      'Hi Jen fill in the form, then send it.',
    );
    expect(dropGreetingComma('Dear Ms. Han,\nThe report, as agreed.')).toBe(
      'Dear Ms. Han\nThe report, as agreed.',
    );
    expect(dropGreetingComma('The report, as agreed.')).toBe('The report, as agreed.');
  });

  it('drops articles and keeps a sentence capital', () => {
    expect(dropArticles('The price is in the offer, an update follows. A call?')).toBe(
      'Price is in offer, update follows. Call?',
    );
    expect(dropArticles('Theatre and another anchor')).toBe('Theatre and another anchor');
  });

  it('renames the client everywhere, and only the client', () => {
    const renamed = renameClient(thread, 'Quillon');
    expect(renamed.participants[0]!.name).toBe('Quillon Whitman');
    expect(renamed.participants[1]!.name).toBe('Olga Petrova');
    expect(renamed.messages[0]!.text).toBe("Hi Olga,\nI'm back. Quillon's team can't wait.");
    expect(renamed.draft.text).toBe('Hello Quillon.\nThe price is in the offer.');
  });

  it('shifts timestamps by whole weeks, keeping weekday and hour', () => {
    const shifted = shiftWeeks(thread, 2);
    expect(shifted.messages[0]!.at).toBe('2026-03-16T15:00:00.000Z');
    expect(shifted.draft.at).toBe('2026-03-17T09:00:00.000Z');
  });

  it('leaves a thread that writes a calendar date as it is: the date would not move with it', () => {
    for (const text of [
      'We need it by 15 October.',
      'Deadline: Oct 9.',
      'Send it before 14/05.',
      'by the 10th',
    ]) {
      const dated = { ...thread, messages: [{ ...thread.messages[0]!, text }] };
      expect(shiftWeeks(dated, 13)).toBe(dated);
    }
    // a weekday stays true when whole weeks move; a sum is no date
    const weekday = {
      ...thread,
      messages: [{ ...thread.messages[0]!, text: 'By Friday, please: 30 units at 12.50.' }],
    };
    expect(shiftWeeks(weekday, 13)).not.toBe(weekday);
  });

  it('signs the draft with the rep’s first name, unless it is signed', () => {
    expect(signOff(thread).draft.text).toBe('Hello Greg.\nThe price is in the offer.\n\nBest regards,\nOlga');
    const signed = { ...thread, draft: { ...thread.draft, text: 'Price attached.\nCheers, Olga' } };
    expect(signOff(signed)).toBe(signed);
  });

  it('never edits the thread it was given', () => {
    const before = JSON.stringify(thread);
    for (const p of PERTURBATIONS) p.apply(thread);
    expect(JSON.stringify(thread)).toBe(before);
  });

  it('each edit changes something in a thread that has what it edits', () => {
    const rich: ThreadJson = {
      ...thread,
      messages: [
        { ...thread.messages[0]!, text: "Hi Olga,\nI'm back from the lake. Greg's team can't wait." },
      ],
      draft: { ...thread.draft, text: 'Hello Greg,\nThe price’s in the offer. I am here.' },
    };
    for (const p of PERTURBATIONS)
      expect(JSON.stringify(p.apply(rich)), p.name).not.toBe(JSON.stringify(rich));
  });
});
