import { describe, expect, it } from 'vitest';
import { openQuestion } from './open-question.ts';

describe('openQuestion', () => {
  it.each([
    ['So, do you want to buy our product?', 'So what have you thought about our product?'],
    ['Do you want our platform?', 'What have you thought about our platform?'],
    ['Would you like to order the 200-user licence?', 'What have you thought about the 200-user licence?'],
    ['Will you go with us?', 'What have you thought about working with us?'],
    [
      'Anyway, are you going to choose our solution or not?',
      'Anyway what have you thought about our solution?',
    ],
    [
      'John, do you want to purchase the annual plan today?',
      'John, what have you thought about the annual plan?',
    ],
  ])('a purchase question keeps its subject: %s', (input, expected) => {
    expect(openQuestion(input)).toBe(expected);
  });

  it.each([
    ['Are you ready to sign the contract?', 'the contract'],
    ['Can you sign the agreement by Friday?', 'the agreement'],
    ['So will your team sign the order form this week?', 'the order form'],
  ])('a signature question asks about the document: %s', (input, subject) => {
    const opened = openQuestion(input);
    expect(opened).toMatch(/^(So what|What) do you think of/);
    expect(opened).toContain(subject);
    expect(opened).not.toMatch(/Friday|this week/);
  });

  it.each([
    ['Did you make a decision?', 'How is your decision coming along, and is there anything I can help with?'],
    ['Have you decided yet?', 'How is your decision coming along, and is there anything I can help with?'],
    [
      'Did your board reach a decision on the pilot?',
      'How are you feeling about the pilot, and is there anything I can help with?',
    ],
  ])('a decision question becomes open: %s', (input, expected) => {
    expect(openQuestion(input)).toBe(expected);
  });

  it.each([
    [
      'Shall we move forward with the rollout?',
      'What would you need from us to move forward with the rollout?',
    ],
    ['Can we close the deal this month?', 'What would you need from us to move forward with the deal?'],
    ['Can you issue the PO by Monday?', 'What timing looks realistic for the PO on your side?'],
    [
      'Will your CFO approve the budget?',
      'How is the approval of the budget going, and is there anything we can prepare to help?',
    ],
    ['Is it a yes?', 'What would you need from us to feel confident about the next step?'],
  ])('other commitment asks keep their step: %s', (input, expected) => {
    expect(openQuestion(input)).toBe(expected);
  });

  it('falls back to an open question that still asks for the decision', () => {
    const opened = openQuestion('Are we still on?');
    expect(opened).toMatch(/^What .*\?$/);
    expect(opened).toContain('decide');
  });

  it('never returns a yes/no question', () => {
    const inputs = [
      'Do you want to buy it?',
      'Ok, did you decide?',
      'Deal?',
      'Are you able to pay the invoice now?',
    ];
    for (const input of inputs) expect(openQuestion(input)).toMatch(/^(?:\w+,? )?(?:What|How|what|how)\b/);
  });
});
