/**
 * wink's lexicon as the startup snapshot keeps it (scripts/build.mjs applies this to the model the
 * snapshot loads; nothing else uses it). wink reads a word's number from a dictionary of 87,593
 * words (`hash`) and a word from its number (`list`). V8 reads a snapshot object by object, and
 * those 87,593 strings cost about 30 ms of every start (README, Performance). Here the words are
 * one string with their offsets and an open-addressing table of their hashes, which V8 reads as
 * four objects. `hash` and `list` start empty, ask the compact form for what they lack and keep
 * the answer: each word takes the slow path once per process.
 */

interface LexemeFeature {
  list: string[];
  hash: Record<string, number>;
}

interface CoreModel {
  features: { lexeme: LexemeFeature };
}

const EMPTY = -1;

/** FNV-1a over UTF-16 code units: cheap, and spreads wink's short words well enough. */
function hashOf(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The words of wink's list as one string, with a table from a word to its number. */
export class CompactLexicon {
  readonly #words: string;
  readonly #starts: Uint32Array;
  readonly #slots: Int32Array;
  readonly #mask: number;

  constructor(list: readonly string[]) {
    this.#words = list.join('');
    this.#starts = new Uint32Array(list.length + 1);
    for (let i = 0, at = 0; i < list.length; i++) {
      this.#starts[i] = at;
      at += list[i]!.length;
      this.#starts[i + 1] = at;
    }
    let size = 1;
    while (size < list.length * 2) size *= 2;
    this.#mask = size - 1;
    this.#slots = new Int32Array(size).fill(EMPTY);
    // In list order, a repeated word taking the later number, as wink's own loop does.
    for (let i = 0; i < list.length; i++) this.#slots[this.#slotOf(list[i]!)] = i;
  }

  get size(): number {
    return this.#starts.length - 1;
  }

  wordAt(index: number): string {
    return this.#words.slice(this.#starts[index], this.#starts[index + 1]);
  }

  /** The word's number, or -1. */
  indexOf(word: string): number {
    return this.#slots[this.#slotOf(word)]!;
  }

  /** The slot that holds `word`, or the empty slot where it would go (linear probing). */
  #slotOf(word: string): number {
    let slot = hashOf(word) & this.#mask;
    for (;;) {
      const index = this.#slots[slot]!;
      if (index === EMPTY || this.#is(index, word)) return slot;
      slot = (slot + 1) & this.#mask;
    }
  }

  #is(index: number, word: string): boolean {
    const start = this.#starts[index]!;
    return this.#starts[index + 1]! - start === word.length && this.#words.startsWith(word, start);
  }
}

function keep(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * `hash` as wink uses it: `hash[word]` gives the number or undefined, `hash[word] = n` adds a
 * word. A word it lacks falls through to its prototype, a proxy that asks the lexicon and keeps
 * the answer on the dictionary itself, so the next read of that word is an ordinary one.
 */
export function lazyHash(lexicon: CompactLexicon): Record<string, number> {
  const lookUp = new Proxy(Object.create(null) as Record<string, number>, {
    get(_empty, key, dictionary: object) {
      if (typeof key !== 'string') return undefined;
      const index = lexicon.indexOf(key);
      if (index === EMPTY) return undefined;
      keep(dictionary, key, index);
      return index;
    },
    set(_empty, key, value, dictionary: object) {
      if (typeof key !== 'string') return false;
      keep(dictionary, key, value);
      return true;
    },
  });
  return Object.create(lookUp) as Record<string, number>;
}

/** `list` as wink uses it (`list[n]`, `list.length`, `list.push(word)`), read from the lexicon. */
export function lazyList(lexicon: CompactLexicon): string[] {
  const list = new Array<string>(lexicon.size);
  const readWord = new Proxy(Array.prototype, {
    get(arrayPrototype, key, array: string[]) {
      if (typeof key === 'string') {
        const index = Number(key);
        if (Number.isInteger(index) && index >= 0 && index < lexicon.size && String(index) === key) {
          const word = lexicon.wordAt(index);
          keep(array, key, word);
          return word;
        }
      }
      return Reflect.get(arrayPrototype, key, array);
    },
  });
  Object.setPrototypeOf(list, readWord);
  return list;
}

/** Replaces the model's lexeme `hash` and `list` with the compact ones, in place. */
export function compactWinkLexicon<M extends CoreModel>(model: M): M {
  const lexeme = model.features.lexeme;
  const lexicon = new CompactLexicon(lexeme.list);
  lexeme.hash = lazyHash(lexicon);
  lexeme.list = lazyList(lexicon);
  return model;
}
