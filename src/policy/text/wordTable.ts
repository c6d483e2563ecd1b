import { foldWord, hashStep, WORD_HASH_SEED, type FirstChars, type WordSource } from './tokenize';

/**
 * Every distinct word read, kept once by its folded form, with what is known of it. The
 * tokenizer finds a plain ASCII word here straight from the characters of the text, without
 * cutting it out, so that a word read a million times costs one entry and no garbage.
 */

/** Distinct words kept before the table is cleared: memory stays bounded on hostile input. */
const WORD_LIMIT = 200_000;
const FIRST_CAPACITY = 1 << 12;
const APOSTROPHE = 39;

export class WordTable<W extends { norm: string }> implements WordSource<W> {
  private slots: (W | undefined)[] = new Array<W | undefined>(FIRST_CAPACITY);
  private hashes = new Int32Array(FIRST_CAPACITY);
  private size = 0;

  /** `make` describes a word from its folded form; `mayMatter` is the lexicon's quick test of a word's first characters. */
  constructor(
    private readonly make: (norm: string) => W,
    readonly mayMatter: FirstChars,
  ) {}

  /** The word written as the ASCII characters `text[from, to)`: lower case, apostrophes dropped; `h` and `length` are of that folded form. */
  at(text: string, from: number, to: number, h: number, length: number): W {
    const mask = this.hashes.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const word = this.slots[slot];
      if (word === undefined) break;
      if (this.hashes[slot] === h && word.norm.length === length && sameAscii(word.norm, text, from, to)) return word;
    }
    return this.add(this.make(foldWord(text.slice(from, to))), h);
  }

  /** The word of a folded form. */
  of(norm: string): W {
    let h = WORD_HASH_SEED;
    for (let i = 0; i < norm.length; i++) h = hashStep(h, norm.charCodeAt(i));
    const mask = this.hashes.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const word = this.slots[slot];
      if (word === undefined) break;
      if (this.hashes[slot] === h && word.norm === norm) return word;
    }
    return this.add(this.make(norm), h);
  }

  private add(word: W, h: number): W {
    if (this.size >= WORD_LIMIT) this.clear(FIRST_CAPACITY);
    else if ((this.size + 1) * 2 > this.hashes.length) this.grow();
    const mask = this.hashes.length - 1;
    let slot = h & mask;
    while (this.slots[slot] !== undefined) slot = (slot + 1) & mask;
    this.slots[slot] = word;
    this.hashes[slot] = h;
    this.size++;
    return word;
  }

  private grow(): void {
    const slots = this.slots;
    const hashes = this.hashes;
    this.clear(hashes.length * 2);
    const mask = this.hashes.length - 1;
    for (let i = 0; i < slots.length; i++) {
      const word = slots[i];
      if (word === undefined) continue;
      let slot = hashes[i]! & mask;
      while (this.slots[slot] !== undefined) slot = (slot + 1) & mask;
      this.slots[slot] = word;
      this.hashes[slot] = hashes[i]!;
      this.size++;
    }
  }

  private clear(capacity: number): void {
    this.slots = new Array<W | undefined>(capacity);
    this.hashes = new Int32Array(capacity);
    this.size = 0;
  }
}

/** Whether `norm` is the ASCII word `text[from, to)` lower-cased, without apostrophes. */
function sameAscii(norm: string, text: string, from: number, to: number): boolean {
  let j = 0;
  for (let i = from; i < to; i++) {
    let c = text.charCodeAt(i);
    if (c === APOSTROPHE) continue;
    if (c >= 65 && c <= 90) c += 32;
    if (norm.charCodeAt(j++) !== c) return false;
  }
  return true;
}
