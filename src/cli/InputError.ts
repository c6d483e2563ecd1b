/** Input the command cannot go on with: names the file, the place in it, and what is wrong. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly place: string | null,
    readonly problem: string,
  ) {
    super(place === null ? `${file}: ${problem}` : `${file}: ${place}: ${problem}`);
  }
}
