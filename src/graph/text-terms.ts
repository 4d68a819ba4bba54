// Keyword terms from a paper's title and abstract (unigrams and bigrams of content words): a
// fallback feature set for similarity and cluster labels that works even when the extractor finds
// few concepts. A hand-written scanner, linear in the text length.

/** English function words: they break phrases and never become terms. */
const STOP = new Set(`a about above across after again against all almost along also although always am among an and
another any are around as at be been before being below between both but by can cannot could did do does doing done
down during each either else enough etc even ever every for from further had has have having he her here hers him his
how however i if in into is it its itself just least less let like made make makes many may me might more most much
must my near neither no nor not now of off often on once one only onto or other others otherwise our ours out over own
per rather same several she should since so some such than that the their theirs them then there therefore these they
this those though through thus to too toward towards under until up upon us very via was we well were what whatever when
where whereas whether which while who whom whose why will with within without would yet you your i.e e.g vs via`.split(/\s+/));

/**
 * Academic boilerplate that is frequent in every field: such words still break nothing, but never
 * become a term on their own and never start or end a bigram (so "propose method" never appears).
 */
export const GENERIC = new Set(`ability able achieve achieves achieved achieving across address addresses aim allow allows
analysis analyze approach approaches art available based benchmark benchmarks better called case cases challenge
challenges challenging class common compared comparison competitive complex comprehensive consider considered consistent
contribution crucial current datasets demonstrate demonstrates derived design designed develop developed different
difficult due effective effectively efficiency efficient empirical empirically enable enables end especially establish
evaluate evaluation evidence example existing experiment experimental experiments explore extensive extensively fact find finding
factor factors findings first focus form found framework fundamental furthermore general given good great help high
higher highly however idea important improve improved improvement improves improving include including increase
increasing insight insights instead introduce introduced investigate issue issues key known lack large larger last
lead leading leads learn learned level leverage limited literature low lower main maintain major making manner means
method methods model models moreover motivated much natural need new non note novel number numerous observe obtain
obtained offer open outperform outperforms overall paper particular particularly perform performance performs possible
potential practical practice present presents previous prior problem problems promising propose proposed proposes
prove provide provided provides providing question range real recent recently reduce related remain remains require
required requires research result results reveal scenario scenarios second set setting settings show shown shows
significant significantly similar simple small solution solutions solve specific specifically state strong studies
study substantial success successful suggest superior support task tasks technique techniques term terms theoretical
theoretically three toward two type types understanding upon use used useful uses using various version way whole
wide widely work works yield yields
mathcal mathbb mathrm mathbf tilde widetilde frac sqrt log left right big bigg varepsilon epsilon omega theta
delta alpha beta gamma lambda sigma cdot ldots top poly polylog`.split(/\s+/));

export interface TermOptions {
  /** weight multiplier of title terms (titles name the topic more often than abstracts do) */
  titleWeight?: number;
  /** keep bigrams (default true) */
  bigrams?: boolean;
}

const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** Light, predictable plural folding ("attentions" → "attention", "policies" → "policy"). */
export function singular(word: string): string {
  const n = word.length;
  if (n > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (n > 5 && /(?:sses|ches|shes|xes)$/.test(word.slice(-4))) return word.slice(0, -2);
  if (n > 3 && word.endsWith('s') && !/(?:ss|us|is|as|os)$/.test(word.slice(-2))) return word.slice(0, -1);
  return word;
}

/** Add weighted terms of one text to `out`. */
function scan(text: string, weight: number, bigrams: boolean, out: Map<string, number>): void {
  let prev: string | null = null; // previous content word in the current phrase
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isLetter(c)) {
      let j = i + 1;
      let digit = false;
      // a word: letters, digits and inner hyphens; capped length so pathological tokens stay linear
      while (j < n && j - i < 40) {
        const d = text.charCodeAt(j);
        if (isLetter(d)) { j++; continue; }
        if (d >= 48 && d <= 57) { digit = true; j++; continue; }
        if (d === 45 && j + 1 < n && isLetter(text.charCodeAt(j + 1))) { j++; continue; }
        break;
      }
      const raw = text.slice(i, j).toLowerCase();
      i = j;
      if (STOP.has(raw) || digit || raw.length < 3) { prev = null; continue; }
      const word = singular(raw);
      if (GENERIC.has(word) || GENERIC.has(raw)) { prev = null; continue; }
      out.set(word, (out.get(word) ?? 0) + weight);
      if (bigrams && prev !== null) {
        const bi = `${prev} ${word}`;
        out.set(bi, (out.get(bi) ?? 0) + weight);
      }
      prev = word;
      continue;
    }
    // spaces keep a phrase going; any other character (punctuation, math, digits) ends it
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) prev = null;
    i++;
  }
}

/** Weighted unigram and bigram terms of a title and abstract, in first-seen order. */
export function textTerms(title: string, abstract: string, opts: TermOptions = {}): Map<string, number> {
  const out = new Map<string, number>();
  const bigrams = opts.bigrams ?? true;
  scan(title, opts.titleWeight ?? 2, bigrams, out);
  scan(abstract, 1, bigrams, out);
  return out;
}
