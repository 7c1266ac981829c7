import { describe, expect, it } from 'vitest';
import type { Cue } from '../cues/types.ts';
import type { Finding, Fix } from '../rules/types.ts';
import { composeRewrite } from './compose.ts';

const finding = (fix: Fix): Finding => ({
  ruleId: 'ignored-disclosure',
  severity: 'warning',
  message: { en: '', ru: '' },
  span: { start: 0, end: 0 },
  evidence: [],
  why: { writer: { en: '', ru: '' }, reader: { en: '', ru: '' } },
  fix,
  confidence: 0.9,
  sources: [],
});
const greetingAt = (start: number, end: number): Cue => ({ type: 'greeting', start, end, confidence: 0.95 });

describe('composeRewrite', () => {
  it('returns the draft unchanged without fixes', () => {
    expect(composeRewrite('Send the file.', [], [])).toBe('Send the file.');
  });

  it('puts an acknowledgement first and starts the draft as a new sentence', () => {
    const out = composeRewrite(
      'so, what about the pilot?',
      [finding({ action: 'prepend', text: 'Welcome back!' })],
      [],
    );
    expect(out).toBe('Welcome back! So, what about the pilot?');
  });

  it('keeps a comma greeting first and continues in lower case on one line', () => {
    const draft = 'Hi Alex, the pricing is attached.';
    const out = composeRewrite(
      draft,
      [finding({ action: 'prepend', text: 'Thanks for asking about my weekend!' })],
      [greetingAt(0, 2)],
    );
    expect(out).toBe('Hi Alex, thanks for asking about my weekend! The pricing is attached.');
  });

  it('keeps "I" capitalised after a comma greeting', () => {
    const out = composeRewrite(
      'Hi Alex, see you Monday.',
      [finding({ action: 'prepend', text: "I'm so glad the move went well." })],
      [greetingAt(0, 2)],
    );
    expect(out).toBe("Hi Alex, I'm so glad the move went well. See you Monday.");
  });

  it('keeps a greeting that ends with a full stop first', () => {
    const out = composeRewrite(
      'Hi John. Did you decide?',
      [finding({ action: 'prepend', text: 'Welcome back!' })],
      [greetingAt(0, 2)],
    );
    expect(out).toBe('Hi John. Welcome back! Did you decide?');
  });

  it('puts paragraphs on their own lines in a multi-line draft', () => {
    const draft = 'Dear Ms Ito,\nThe quote is attached.\nBest, Marina';
    const out = composeRewrite(
      draft,
      [finding({ action: 'prepend', text: 'Thank you for your message.' })],
      [greetingAt(0, 4)],
    );
    expect(out.startsWith('Dear Ms Ito,\n\nThank you for your message.\n\nThe quote is attached.')).toBe(
      true,
    );
  });

  it('applies replacements from the end so earlier offsets stay valid, and adds one copy of a repeated prepend', () => {
    const draft = 'Send it. Do you want to buy?';
    const out = composeRewrite(
      draft,
      [
        finding({ action: 'replace', span: { start: 0, end: 8 }, text: 'Could you send it?' }),
        finding({ action: 'replace', span: { start: 9, end: 28 }, text: 'What do you think?' }),
        finding({ action: 'prepend', text: 'Welcome back!' }),
        finding({ action: 'prepend', text: 'Welcome back!' }),
      ],
      [],
    );
    expect(out).toBe('Welcome back! Could you send it? What do you think?');
  });
});
