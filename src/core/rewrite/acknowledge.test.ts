import { describe, expect, it } from 'vitest';
import { detectCues } from '../cues/index.ts';
import { analyze } from '../text/analyze.ts';
import { acknowledgeDisclosure } from './acknowledge.ts';
import { coreClause, toSecondPerson } from './mirror.ts';

/** The acknowledgement the engine would write for a client message: detector, then rewrite. */
function acknowledge(message: string): string {
  const cue = detectCues(analyze(message)).find((c) => c.type === 'personal-disclosure');
  if (!cue) throw new Error(`no disclosure found in: ${message}`);
  return acknowledgeDisclosure(cue, message.slice(cue.start, cue.end));
}

// Signs of a clause pasted without being turned toward the reader, or of a lead-in left in.
const BROKEN = [
  /\b(?:that|hear that) (?:sorry|apolog|thanks|thank you|by the way)/i,
  /\byou was\b/i,
  /\byou am\b/i,
  /\b(?:my|our|me|we)\b/,
  /\bthat (?:I|we)\b/,
  /\bthat (?:got|was|went|been|just)\b/i,
  /,\s*(?:ha|lol)\b/i,
];

describe('acknowledgeDisclosure', () => {
  it.each([
    [
      'I took my family and kids to the Lakeside and we enjoyed some time by the beach.',
      "I'm really glad you had a chance to get away with your family. I know it's important to have some rest and spend some time with your children.",
    ],
    [
      'By the way, my son just started little league, so my evenings are all baseball now, ha.',
      'your son just started little league',
    ],
    [
      'Sorry for being quiet, my wife and I are expecting our second child in March.',
      'you and your wife are expecting your second child in March',
    ],
    ['Got back from Mexico yesterday, still full of tacos.', 'you got back from Mexico yesterday'],
    [
      'Was at my in-laws in Ohio for Thanksgiving, lots of turkey.',
      'you were at your in-laws in Ohio for Thanksgiving',
    ],
    [
      'I was sick with the flu all last week.',
      "you were sick with the flu all last week. I hope you're feeling better",
    ],
    [
      'My mom had knee surgery on Monday, she is recovering well.',
      'your mom had knee surgery on Monday. I hope the recovery goes well',
    ],
    [
      'My son is born on 3 of May, we are very happy.',
      "Congratulations! It's wonderful news that your son was born on 3 of May.",
    ],
    [
      'We adopted a puppy from the shelter, his name is Max.',
      'How lovely that you adopted a puppy from the shelter!',
    ],
    ['Just flew back from Lisbon with the kids after spring break.', 'get away with your family'],
    [
      'Me and my husband spent Sunday helping my parents paint their kitchen.',
      'you and your husband spent Sunday helping your parents paint their kitchen',
    ],
  ])('%s', (message, expected) => {
    const written = acknowledge(message);
    expect(written).toContain(expected);
    for (const broken of BROKEN) expect(written).not.toMatch(broken);
  });

  it('sympathises with hard life events instead of congratulating', () => {
    const layoff = acknowledge('I got laid off yesterday, so this is my last week on the project.');
    expect(layoff).toContain("I'm sorry to hear that you got laid off yesterday");
    expect(layoff).not.toMatch(/congratulations|wonderful/i);
    expect(acknowledge('Our house was flooded in the storms, we are staying with friends.')).not.toMatch(
      /congratulations|wonderful/i,
    );
  });

  it('quotes the clause that holds the news, not the one around it', () => {
    expect(acknowledge('I was not in the office last week because my son was born.')).toContain(
      'your son was born.',
    );
    expect(
      acknowledge('I finally ran my first marathon on Sunday, slowest time ever but I made it.'),
    ).toContain('you finally ran your first marathon on Sunday!');
  });

  it('wishes a trip still ahead well instead of hoping they rested', () => {
    const written = acknowledge("I'm so happy, it's my last day before vacation!");
    expect(written).not.toContain('came back');
  });

  it('falls back to a clean sentence when the news cannot be quoted cleanly', () => {
    const long =
      'Sorry for being so quiet lately but we finally moved into the new house our family has been building with my brother for the last three years.';
    const written = acknowledge(long);
    expect(written).toMatch(/^Congratulations/);
    for (const broken of BROKEN) expect(written).not.toMatch(broken);
  });

  it('does not repeat the family when no children were named', () => {
    const written = acknowledge('I spent the week at our summer cottage with my father.');
    expect(written).toContain('get away with your family');
    expect(written.match(/your family/g)).toHaveLength(1);
  });

  it('names the children as the client did', () => {
    expect(acknowledge('We spent a week at the beach with our twins.')).toContain(
      'spend some time with your twins',
    );
  });
});

describe('mirror', () => {
  it.each([
    ['my son just started little league', 'your son just started little league'],
    ['I was away with my parents', 'you were away with your parents'],
    ["I'm back from our cabin", "you're back from your cabin"],
    ['we were at the lake with our kids', 'you were at the lake with your kids'],
    ['my husband and I went to Rome', 'you and your husband went to Rome'],
    ['I wasn’t online, the kids kept me busy', 'you weren’t online, the kids kept you busy'],
  ])('toSecondPerson(%s)', (first, second) => {
    expect(toSecondPerson(first)).toBe(second);
  });

  it.each([
    ['Sorry for being quiet, we flew to Florida for spring break.', 'you flew to Florida for spring break'],
    ['Quick update: I just got back from Japan!', 'you just got back from Japan'],
    [
      'Thanks for your patience, my daughter got married on Saturday :)',
      'your daughter got married on Saturday',
    ],
    ['Been busy moving house, so apologies for the delay.', 'you have been busy moving house'],
  ])('coreClause(%s)', (sentence, clause) => {
    expect(coreClause(sentence)).toBe(clause);
  });

  it('gives nothing for a lead-in with no news in it', () => {
    expect(coreClause('Sorry for the late reply.')).toBeUndefined();
    expect(coreClause('Thank you for the invoice.')).toBeUndefined();
  });
});
