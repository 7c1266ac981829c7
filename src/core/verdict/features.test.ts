import { describe, expect, it } from 'vitest';
import { prepare, runRules } from '../check.ts';
import { buildThread, c, r } from '../testing/thread-builder.ts';
import { bucket, verdictFeatures, wordFeatures } from './features.ts';

function featuresOf(spec: Parameters<typeof buildThread>[0]) {
  const { context } = prepare(buildThread(spec));
  const { raw, kept, candidates } = runRules(context);
  return { features: verdictFeatures(context, raw, kept, candidates), raw, kept, candidates };
}

describe('verdict features', () => {
  it('names each word and each pair of neighbouring words, with the text they came from', () => {
    expect(wordFeatures('d', 'Thanks, Anna! See you', new Set(['anna']))).toEqual([
      'd:thanks',
      'd:thanks_<name>',
      'd:<name>',
      'd:<name>_!',
      'd:!',
      'd:!_see',
      'd:see',
      'd:see_you',
      'd:you',
    ]);
  });

  it('puts a number in the first bucket it does not exceed', () => {
    expect(bucket(0, [0, 5])).toBe('<=0');
    expect(bucket(3, [0, 5])).toBe('<=5');
    expect(bucket(9, [0, 5])).toBe('>5');
  });

  it('masks the participants’ names and says which rules fired and which precedence kept', () => {
    const { features, raw, kept } = featuresOf({
      clientName: 'Jake Doyle',
      history: [
        r('Hi Jake, here is the quote.'),
        c('Sorry for the silence, Marina: I took my family to the lake for a week. Back now.'),
      ],
      draft: 'So, Jake, do you want to buy our product?',
    });
    expect(features).toContain('d:<name>');
    expect(features).toContain('a:<name>');
    expect(features.some((f) => /jake|marina|doyle/.test(f))).toBe(false);
    expect(raw.length).toBeGreaterThan(0);
    for (const f of raw) expect(features).toContain(`rule:${f.ruleId}:${f.severity}`);
    for (const f of kept) expect(features).toContain(`kept:${f.ruleId}`);
    expect(features).toContain('client:personal-disclosure');
    expect(features).toContain('reader:US');
    expect(features).toHaveLength(new Set(features).size);
  });

  it('reads only the client messages the draft answers, not older ones', () => {
    const { features } = featuresOf({
      history: [
        c('My daughter got married last week!'),
        r('Congratulations to all of you!'),
        c('Thanks. Price list?'),
      ],
      draft: 'Attached.',
    });
    expect(features).toContain('a:price');
    expect(features).not.toContain('a:married');
  });

  it('names the candidates of rules that found nothing, and no candidate of a rule that did', () => {
    const { features, raw, candidates } = featuresOf({
      history: [c('Thanks a lot for the quick turnaround, Marina!')],
      draft: 'Hi Alex, the fix is deployed. Can you sign the order today?',
    });
    expect(candidates.map((f) => f.ruleId)).toContain('cold-reply');
    for (const f of candidates) {
      expect(features).toContain(`candidate:${f.ruleId}`);
      expect(raw.some((x) => x.ruleId === f.ruleId)).toBe(false);
    }
  });

  it('leaves candidates out when the rules run alone', () => {
    const { context } = prepare(
      buildThread({ history: [c('Thanks a lot for the quick turnaround, Marina!')], draft: 'Deployed.' }),
    );
    expect(runRules(context).candidates.length).toBeGreaterThan(0);
    expect(runRules(context, undefined, false).candidates).toEqual([]);
  });
});
