/**
 * A lowercase word of four letters or more that every match of a regular expression contains: a run of letters at
 * the top level of its source (outside groups and classes, not made optional by a quantifier). A sentence without the
 * word cannot match, so a cheap `includes` spares the regular expression, which is what most sentences need. Null when
 * the source has no such run, or an alternation at the top level.
 */
export function literalCue(source: string): string | null {
  const runs: string[] = [];
  let depth = 0;
  let run = '';
  const close = () => {
    if (run.length >= 4) runs.push(run.toLowerCase());
    run = '';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      close();
      // "\p{Lu}" is one class; any other escape is one character.
      i = (source[i + 1] === 'p' || source[i + 1] === 'P') && source[i + 2] === '{' ? source.indexOf('}', i) : i + 1;
      continue;
    }
    if (c === '[') {
      close();
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      i = j;
      continue;
    }
    if (c === '(' || c === ')') {
      close();
      depth += c === '(' ? 1 : -1;
      continue;
    }
    if (depth > 0) continue;
    if (c === '|') return null;
    if (c === '?' || c === '*' || c === '{') {
      // The quantifier makes the letter before it optional.
      run = run.slice(0, -1);
      close();
      continue;
    }
    if (/[A-Za-z]/.test(c)) run += c;
    else close();
  }
  close();
  return runs.sort((a, b) => b.length - a.length)[0] ?? null;
}
