import { describe, expect, it } from 'vitest';
import { detectCues } from '../cues/index.ts';
import { analyze } from '../text/analyze.ts';
import { afterSalutation, warmSentences } from './helpers.ts';

const warm = (text: string) => {
  const analyzed = analyze(text);
  return warmSentences(analyzed, detectCues(analyzed)).map((s) => s.text);
};

describe('warmSentences', () => {
  it('finds good feeling aimed at the reader, whatever its words', () => {
    expect(warm('We are all so happy for you and your wife.')).toHaveLength(1);
    expect(warm('Hi Alex, your team made the afternoon fun for us as well! Pilot plan on Monday.')).toEqual([
      'Hi Alex, your team made the afternoon fun for us as well!',
    ]);
    expect(warm('We are so proud to work with you.')).toHaveLength(1);
    // A figure is no business of its own: "70 is a wonderful milestone!"
    expect(warm('Happy birthday to your mother, 70 is a wonderful milestone!')).toHaveLength(1);
  });

  it('leaves alone the frame, bare formulas, figures, requests and invitations', () => {
    // "Dear" alone reads as positive: the rest of the sentence is plain business.
    expect(warm('Dear Ms. Li, your order has shipped.')).toEqual([]);
    expect(warm('Noted.')).toEqual([]);
    expect(warm('Thank you.')).toEqual([]);
    expect(warm('Best regards to you and your family')).toEqual([]);
    // A condition makes an offer or a request of it.
    expect(warm('I can do 8% off if you sign for two years.')).toEqual([]);
    expect(warm('We would be happy to give you a discount if you order this month.')).toEqual([]);
    expect(warm('Could you send the beautiful brochure to your colleague?')).toEqual([]);
    expect(warm('You must be our guest for dinner, my wife will cook for you.')).toEqual([]);
    // Positive, but about the team, not addressed to the reader.
    expect(warm('We are very optimistic about the new region.')).toEqual([]);
  });
});

describe('afterSalutation', () => {
  const rest = (text: string) => {
    const analyzed = analyze(text);
    const s = analyzed.sentences[0]!;
    const from = afterSalutation(analyzed, detectCues(analyzed), s);
    return from === undefined ? undefined : text.slice(analyzed.tokens[from]!.start, s.end);
  };
  it('skips the salutation, whatever the titles and names in it', () => {
    expect(rest("Dear Herr Dr. O'Brien-Weber, thank you for your message.")).toBe(
      'thank you for your message.',
    );
    expect(rest('Hi anh Chris, noted.')).toBe('noted.');
  });
  it('keeps a sentence with no salutation whole, and finds nothing after a salutation alone', () => {
    expect(rest('Thank you, Anna.')).toBe('Thank you, Anna.');
    expect(rest('Hi Klaus!')).toBeUndefined();
  });
});
