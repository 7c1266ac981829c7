import { describe, expect, it } from 'vitest';
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { analyze, isNegated, spellOutShorthand, stem } from './analyze.ts';

const sentences = (text: string) => analyze(text).sentences.map((s) => s.text);

describe('analyze', () => {
  it('gives the sentiment of the full pipeline, computed on first read', () => {
    const nlp = winkNLP(model, ['sbd', 'pos', 'negation', 'sentiment']);
    const texts = [
      'The meeting was lovely. I do not like the new price at all!',
      "Your numbers are wrong and the timeline isn't acceptable. Thanks anyway.",
      'hi jen, great news, the kids loved it',
    ];
    for (const text of texts) {
      const expected = nlp.readDoc(text).sentences().out(nlp.its.sentiment) as unknown as number[];
      const analysed = analyze(text);
      expect(analysed.sentences.map((s) => s.sentiment)).toEqual(expected);
      // A plain field to readers and in JSON.
      expect(JSON.parse(JSON.stringify(analysed.sentences[0])).sentiment).toBe(expected[0]);
    }
  });

  it("gives wink's lemmas, also when they come from the memo", () => {
    const nlp = winkNLP(model, ['sbd', 'pos', 'negation']);
    // Contractions ("'s" as "is" or "has") and words whose lemma depends on the tag ("saw", "left").
    const texts = [
      "She's been there. He's here. I can't go, we'd left.",
      'I saw the saw. They left on the left. The kids were running late.',
      "She's been there. He's here. I can't go, we'd left.",
    ];
    for (const text of texts) {
      const expected = nlp
        .readDoc(text)
        .tokens()
        .out(nlp.its.lemma as typeof nlp.its.value);
      expect(analyze(text).tokens.map((t) => t.lemma)).toEqual(expected);
    }
  });

  it("reads the same fields as wink's per-field collections, in one pass over its document data", () => {
    const nlp = winkNLP(model, ['sbd', 'pos', 'negation']);
    const its = nlp.its;
    const text = "I don't think we'd go. She's not here,\n\nbut they can't say no. Cannot wait!";
    const doc = nlp.readDoc(text);
    const tokens = analyze(text).tokens;
    expect(tokens.map((t) => t.value)).toEqual(doc.tokens().out(its.value));
    expect(tokens.map((t) => t.normal)).toEqual(doc.tokens().out(its.normal));
    expect(tokens.map((t) => t.pos)).toEqual(doc.tokens().out(its.pos));
    const analysis = analyze(text);
    expect(analysis.tokens.map((_, i) => isNegated(analysis, i))).toEqual(doc.tokens().out(its.negationFlag));
    expect(analyze(text).sentences.map((s) => [s.firstToken, s.endToken - 1])).toEqual(
      doc.sentences().out(its.span),
    );
  });

  it('gives tokens with offsets into the text as written', () => {
    const text = 'Hi Jen,\nwe’ll send it.';
    for (const t of analyze(text).tokens) expect(text.slice(t.start, t.end)).toBe(t.value);
  });

  it('reads chat shorthand typed in lower case as the word it stands for, and nothing in capitals', () => {
    const normals = (text: string) => analyze(text).tokens.map((t) => t.normal);
    expect(normals('r u ok to go fwd? thx')).toEqual([
      'are',
      'you',
      'ok',
      'to',
      'go',
      'forward',
      '?',
      'thanks',
    ]);
    expect(normals('pls send it tmrw')).toEqual(['please', 'send', 'it', 'tomorrow']);
    expect(normals('R&D')).not.toContain('are');
  });

  it('spells out chat shorthand in a text for the patterns that read text, and leaves capitals and compounds', () => {
    expect(spellOutShorthand('when u come u must visit us, pls')).toBe(
      'when you come you must visit us, please',
    );
    expect(spellOutShorthand('R&D and the U-boat, r-value')).toBe('R&D and the U-boat, r-value');
  });

  it('ends a sentence at a micro unit with its full stop before a capital', () => {
    expect(sentences('Flatness is within 2 µm. Did you enjoy the fair?')).toEqual([
      'Flatness is within 2 µm.',
      'Did you enjoy the fair?',
    ]);
    // Without a capital after it, the sentence runs on as before.
    expect(sentences('Flatness is within 2 µm. at the edge.')).toEqual([
      'Flatness is within 2 µm. at the edge.',
    ]);
  });

  it('makes a bare "No." that opens a sentence or a line a sentence of its own', () => {
    expect(sentences('No. Onboarding plan cannot be shorter.')).toEqual([
      'No.',
      'Onboarding plan cannot be shorter.',
    ]);
    expect(sentences('Hi Ann,\nNo. Price is final.')).toEqual(['Hi Ann,', 'No.', 'Price is final.']);
    // "No." as "number" stays inside its sentence.
    expect(sentences('No. 5 is ready.')).toEqual(['No. 5 is ready.']);
    expect(sentences('Ref. No. 12345 is attached.')).toEqual(['Ref.', 'No. 12345 is attached.']);
    // In lower-case writing no capital shows the next sentence.
    expect(sentences('no. payment stays due on friday. thanks')).toEqual([
      'no.',
      'payment stays due on friday.',
      'thanks',
    ]);
  });

  it('ends a sentence at an emoji followed on its line by a capitalised word or a question word', () => {
    const splits: [string, string[]][] = [
      [
        'Fingers crossed for the surgery 🤞 Friday still works for us.',
        ['Fingers crossed for the surgery 🤞', 'Friday still works for us.'],
      ],
      ['Just back from Lisbon 😎 When can you ship?', ['Just back from Lisbon 😎', 'When can you ship?']],
      ['Welcome back 👋🏽 I moved the call to 3pm.', ['Welcome back 👋🏽', 'I moved the call to 3pm.']],
      ['So happy for you ❤️ Let us talk on Monday.', ['So happy for you ❤️', 'Let us talk on Monday.']],
      [
        'Best team ever 👨‍👩‍👧 Anyway, the report is late.',
        ['Best team ever 👨‍👩‍👧', 'Anyway, the report is late.'],
      ],
      ['Great news 🎉🎉 how soon can we start?', ['Great news 🎉🎉', 'how soon can we start?']],
    ];
    for (const [text, expected] of splits) expect(sentences(text)).toEqual(expected);
    const keeps = [
      // Inside a sentence: a lower-case word, or a word the emoji hangs on.
      'The new plant 🏭 is ready for the audit.',
      'Flights to 🇯🇵 Tokyo are booked.',
      'I ❤️ Paris in spring.',
      'We met the 🚀 Team from Acme.',
      // A lower-case question word that opens no question.
      'We found the spot 📍 where the parcel was left.',
      // Glued to the next word.
      'Great🎉Let us go.',
    ];
    for (const text of keeps) expect(sentences(text)).toEqual([text]);
    // At the end of a line, wink's reading is kept.
    expect(sentences('Congrats 🎉\nLet us talk')).toEqual(['Congrats 🎉\nLet us talk']);
  });

  it('ends a sentence at an emoji in lower-case writing too, where no capital marks the next one', () => {
    const splits: [string, string[]][] = [
      [
        'fingers crossed for the surgery 🤞 friday still works for us.',
        ['fingers crossed for the surgery 🤞', 'friday still works for us.'],
      ],
      ['welcome back 👋🏽 yes, the call is at 3pm.', ['welcome back 👋🏽', 'yes, the call is at 3pm.']],
      ['so happy for you ❤️ here is the contract.', ['so happy for you ❤️', 'here is the contract.']],
    ];
    for (const [text, expected] of splits) expect(sentences(text)).toEqual(expected);
    // A word that carries the sentence on keeps it whole, in lower case as with capitals.
    const keeps = [
      'the new plant 🏭 is ready for the audit.',
      'thanks 🙏 for the quick update.',
      'i ❤️ paris in spring.',
      'we met the 🚀 team from acme.',
    ];
    for (const text of keeps) expect(sentences(text)).toEqual([text]);
  });

  it('reads a word in capitals as a name, even one wink knows as a verb, unless the text shouts', () => {
    const pos = (text: string, word: string) => analyze(text).tokens.find((t) => t.value === word)?.pos;
    expect(pos('SOW for phase 2 is attached.', 'SOW')).toBe('PROPN');
    expect(pos('We sow in spring.', 'sow')).toBe('VERB');
    expect(pos('SOW FOR PHASE 2 IS ATTACHED', 'SOW')).toBe('VERB');
  });

  it('ends a sentence at a typed emoticon followed by a capitalised word, as at an emoji', () => {
    const text = analyze('The kids want to meet you :) Could you send the spec sheet? I :) Paris');
    expect(text.sentences.map((s) => s.text)).toEqual([
      'The kids want to meet you :)',
      'Could you send the spec sheet?',
      'I :) Paris',
    ]);
  });

  it('numbers each token with the sentence it belongs to', () => {
    const text = analyze('No. Price is final.');
    expect(text.tokens.map((t) => t.sentence)).toEqual([0, 1, 1, 1, 1]);
  });

  it('reads a salutation with a title the same way in lower case as with capitals', () => {
    const names = ['Paolo Ferri'];
    const cased = analyze('Dear Ing. Ferri, thank you for your reply. The rolls ship in May.', names);
    const lower = analyze('dear ing. ferri, thank you for your reply. the rolls ship in may.', names);
    expect(lower.sentences.map((s) => [s.start, s.end])).toEqual(
      cased.sentences.map((s) => [s.start, s.end]),
    );
    // "ing." is the title, not a verb: the salutation is tagged as it is with capitals.
    const tags = (t: typeof cased) => t.tokens.slice(0, 5).map((k) => k.pos);
    expect(tags(lower)).toEqual(tags(cased));
  });

  it('tags a text typed in lower case as if capitalised, keeping the tokens as written', () => {
    const text = analyze('hi jen, fill in the form. noa', ['Jen Park', 'Noa Levi']);
    expect(text.tokens.map((t) => t.value).join(' ')).toBe('hi jen , fill in the form . noa');
    expect(text.tokens[1]!.pos).toBe('PROPN');
  });
});

describe('stem', () => {
  it('gives one stem to the forms of a word', () => {
    expect(stem('splitting')).toBe(stem('split'));
    expect(stem('installation')).toBe(stem('install'));
    expect(stem('ordered')).toBe(stem('order'));
  });
  it('keeps different words apart', () => {
    expect(stem('delivery')).not.toBe(stem('order'));
  });
});
