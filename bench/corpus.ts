/**
 * Deterministic sales messages for benchmarks: sentences drawn by a seeded generator from a pool
 * written for this purpose (warm, personal, business, pushy), so every run measures the same text.
 */

const SENTENCES = [
  'Hi Marina, thanks for the quick turnaround on the proposal.',
  'We spent the long weekend at the lake with the kids and finally got some rest.',
  'Could you send me the pricing for 200 users when you get a chance?',
  'Our CFO had a few questions about the implementation timeline.',
  'So, do you want to buy our product?',
  'The dashboard timed out on a large export, not a dealbreaker, just flagging it.',
  'My daughter just started kindergarten, so mornings are a bit crazy right now.',
  'Please find attached the updated contract and the two case studies.',
  'How was your summer? It has been brutally hot here.',
  'We are comparing you with one other vendor and I honestly like your team better.',
  'Sorry for the late reply, I was out sick most of last week.',
  'Send me the signed contract by Friday.',
  'I think the numbers in section three might be slightly off.',
  'Let me know if Tuesday at 11 works for a call with our architect.',
  'Congratulations on the new office, that is great news!',
  'Your numbers are wrong and the timeline is not acceptable.',
  'I was wondering whether you could extend the trial by two weeks.',
  'Our family of products covers every warehouse need.',
  'The board meets on the 20th and they want me to make the final call.',
  'Have a great weekend, and say hi to the team!',
];

/** Park-Miller minimal standard generator: tiny, seeded, the same everywhere. */
function seeded(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}

/** `count` messages of about `words` words each. */
export function messages(count: number, words = 100, seed = 42): string[] {
  const random = seeded(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    let n = 0;
    while (n < words) {
      const sentence = SENTENCES[Math.floor(random() * SENTENCES.length)]!;
      parts.push(sentence);
      n += sentence.split(/\s+/).length;
    }
    out.push(parts.join(' '));
  }
  return out;
}

export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
