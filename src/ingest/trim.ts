// Trimming a run of characters off the end of a string by walking back from the end. A regex such as /[;,]+$/ is
// retried from every character of a run that does not reach the end (quadratic on ";;;;x"); this walk reads each
// character once. Shared by every stage (ingest is the first, so all may import it).

/** `s` without the run of characters at its end that `one` (a one-character class such as /[;,]/) matches. */
export function trimEndMatching(s: string, one: RegExp): string {
  let e = s.length;
  while (e > 0 && one.test(s[e - 1])) e--;
  return e === s.length ? s : s.slice(0, e);
}
