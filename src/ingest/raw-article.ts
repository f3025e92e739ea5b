/** What a reader produces from a file, before cleaning and id assignment. */
export interface RawArticle {
  title: string | null;
  text: string;
  source: string | null;
  url: string | null;
  publishedAt: string | null;
  /** Where it came from, for error messages: "seed/a.jsonl:3". */
  origin: string;
}

/** A problem with one input (file or line), reported without stopping the others. */
export class InputError extends Error {
  constructor(
    readonly origin: string,
    readonly reason: string,
  ) {
    super(`${origin}: ${reason}`);
    this.name = 'InputError';
  }
}
