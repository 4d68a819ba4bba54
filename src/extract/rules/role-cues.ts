// Rule data: words that decide a claim's role. `near` cues must sit in the clause right before the
// bound (or right after it, for `after`); `sentence` cues apply to every bound of the sentence.
import type { Role } from '../types.ts';

export interface RoleCue { match: string; role: Role; scope: 'near' | 'after' | 'sentence'; reason: string }

export const ROLE_CUES: readonly RoleCue[] = [
  // other: goals, questions, conjectures, open problems
  { match: 'conjecture', role: 'other', scope: 'sentence', reason: 'role:conjecture' },
  { match: 'conjectured', role: 'other', scope: 'sentence', reason: 'role:conjectured' },
  { match: 'conjectures', role: 'other', scope: 'sentence', reason: 'role:conjectures' },
  // "exact computation is believed to require near-quadratic time": a conjectured lower bound, not a proven one
  { match: 'believed to', role: 'other', scope: 'near', reason: 'role:believed-to' },
  // "for most pattern strings it is observed to be $\Omega(n^{1/2})$": an observation, not a proven bound
  { match: 'observed to be', role: 'other', scope: 'near', reason: 'role:observed-to-be' },
  { match: 'open question', role: 'other', scope: 'sentence', reason: 'role:open-question' },
  { match: 'open problem', role: 'other', scope: 'sentence', reason: 'role:open-problem' },
  { match: 'question arises', role: 'other', scope: 'sentence', reason: 'role:question-arises' },
  { match: 'remains open', role: 'other', scope: 'sentence', reason: 'role:remains-open' },
  { match: 'is unknown whether', role: 'other', scope: 'sentence', reason: 'role:unknown-whether' },
  { match: 'whether', role: 'other', scope: 'near', reason: 'role:whether' },
  // lower: lower bounds, hardness, impossibility, conditional statements
  { match: 'lower bound', role: 'lower', scope: 'near', reason: 'role:lower-bound-before' },
  { match: 'lower bounds', role: 'lower', scope: 'near', reason: 'role:lower-bounds-before' },
  { match: 'lower bound', role: 'lower', scope: 'after', reason: 'role:lower-bound-after' },
  { match: 'lower bounds', role: 'lower', scope: 'after', reason: 'role:lower-bounds-after' },
  { match: 'lower bounded', role: 'lower', scope: 'after', reason: 'role:lower-bounded' },
  { match: 'hardness', role: 'lower', scope: 'sentence', reason: 'role:hardness' },
  { match: 'lower bounds show', role: 'lower', scope: 'sentence', reason: 'role:lower-bounds-show' },
  { match: 'lower bound shows', role: 'lower', scope: 'sentence', reason: 'role:lower-bound-shows' },
  { match: 'lowerbound', role: 'lower', scope: 'near', reason: 'role:lowerbound-one-word' },
  { match: 'cannot', role: 'lower', scope: 'sentence', reason: 'role:cannot' },
  { match: 'can not', role: 'lower', scope: 'sentence', reason: 'role:can-not' },
  { match: 'impossible', role: 'lower', scope: 'sentence', reason: 'role:impossible' },
  { match: 'not possible', role: 'lower', scope: 'sentence', reason: 'role:not-possible' },
  { match: 'is possible', role: 'lower', scope: 'after', reason: 'role:no-improvement-possible' },
  { match: 'no improvement', role: 'lower', scope: 'near', reason: 'role:no-improvement' },
  { match: 'must', role: 'lower', scope: 'sentence', reason: 'role:must' },
  { match: 'at least', role: 'lower', scope: 'near', reason: 'role:at-least' },
  { match: 'would imply', role: 'lower', scope: 'sentence', reason: 'role:would-imply' },
  { match: 'will imply', role: 'lower', scope: 'sentence', reason: 'role:will-imply' },
  { match: 'would refute', role: 'lower', scope: 'sentence', reason: 'role:would-refute' },
  { match: 'conditional', role: 'lower', scope: 'near', reason: 'role:conditional' },
  { match: 'seth', role: 'lower', scope: 'sentence', reason: 'role:under-seth' },
  { match: 'forces', role: 'lower', scope: 'sentence', reason: 'role:forces' },
  { match: 'explodes', role: 'lower', scope: 'sentence', reason: 'role:explodes' },
  { match: 'requires at least', role: 'lower', scope: 'near', reason: 'role:requires-at-least' },
  { match: 'necessary', role: 'lower', scope: 'sentence', reason: 'role:necessary' },
  { match: 'tight', role: 'lower', scope: 'after', reason: 'role:tight-lower' },
  // "sublinear regret is unattainable", "FTRL can take exponential time": impossibility and worst-case behaviour
  { match: 'unattainable', role: 'lower', scope: 'sentence', reason: 'role:unattainable' },
  { match: 'not achievable', role: 'lower', scope: 'sentence', reason: 'role:not-achievable' },
  { match: 'can take', role: 'lower', scope: 'near', reason: 'role:can-take' },
  { match: 'not admit', role: 'lower', scope: 'near', reason: 'role:does-not-admit' },
  { match: 'may take', role: 'lower', scope: 'near', reason: 'role:may-take' },
  { match: 'can require', role: 'lower', scope: 'near', reason: 'role:can-require' },
  // prior: earlier or standard costs being compared with or improved on
  { match: 'from', role: 'prior', scope: 'near', reason: 'role:from-x-to-y' },
  { match: 'previous', role: 'prior', scope: 'near', reason: 'role:previous' },
  { match: 'previously', role: 'prior', scope: 'sentence', reason: 'role:previously' },
  // "The previous best solution uses X time and Y space": every bound of the clause is the earlier one's
  { match: 'previous best', role: 'prior', scope: 'sentence', reason: 'role:previous-best' },
  { match: 'previous fastest', role: 'prior', scope: 'sentence', reason: 'role:previous-fastest' },
  { match: 'it has been shown', role: 'prior', scope: 'sentence', reason: 'role:it-has-been-shown' },
  { match: 'it was shown', role: 'prior', scope: 'sentence', reason: 'role:it-was-shown' },
  { match: 'prior', role: 'prior', scope: 'near', reason: 'role:prior' },
  { match: 'existing', role: 'prior', scope: 'sentence', reason: 'role:existing' },
  { match: 'known', role: 'prior', scope: 'near', reason: 'role:known' },
  { match: 'were known', role: 'prior', scope: 'after', reason: 'role:were-known' },
  { match: 'state of the art', role: 'prior', scope: 'near', reason: 'role:state-of-the-art' },
  { match: 'best known', role: 'prior', scope: 'near', reason: 'role:best-known' },
  { match: 'improving upon', role: 'prior', scope: 'near', reason: 'role:improving-upon' },
  { match: 'improving on', role: 'prior', scope: 'near', reason: 'role:improving-on' },
  { match: 'improves upon', role: 'prior', scope: 'near', reason: 'role:improves-upon' },
  { match: 'improves on', role: 'prior', scope: 'near', reason: 'role:improves-on' },
  { match: 'improving the', role: 'prior', scope: 'near', reason: 'role:improving-the' },
  { match: 'improve upon', role: 'prior', scope: 'near', reason: 'role:improve-upon' },
  { match: 'break the', role: 'prior', scope: 'near', reason: 'role:break-the' },
  { match: 'breaks the', role: 'prior', scope: 'near', reason: 'role:breaks-the' },
  { match: 'breaking the', role: 'prior', scope: 'near', reason: 'role:breaking-the' },
  { match: 'years old', role: 'prior', scope: 'near', reason: 'role:years-old' },
  { match: 'folklore', role: 'prior', scope: 'sentence', reason: 'role:folklore' },
  { match: 'remained', role: 'prior', scope: 'sentence', reason: 'role:remained' },
  { match: 'improves the', role: 'prior', scope: 'near', reason: 'role:improves-the' },
  { match: 'improvement over', role: 'prior', scope: 'near', reason: 'role:improvement-over' },
  { match: 'beating', role: 'prior', scope: 'near', reason: 'role:beating' },
  { match: 'beats', role: 'prior', scope: 'near', reason: 'role:beats' },
  { match: 'decades old', role: 'prior', scope: 'near', reason: 'role:decades-old' },
  { match: 'suffer', role: 'prior', scope: 'near', reason: 'role:suffer' },
  { match: 'suffers', role: 'prior', scope: 'near', reason: 'role:suffers' },
  { match: 'suffering', role: 'prior', scope: 'near', reason: 'role:suffering' },
  { match: 'bottleneck', role: 'prior', scope: 'near', reason: 'role:bottleneck' },
  { match: 'bottlenecked', role: 'prior', scope: 'near', reason: 'role:bottlenecked' },
  { match: 'constrained by', role: 'prior', scope: 'near', reason: 'role:constrained-by' },
  { match: 'limited by', role: 'prior', scope: 'near', reason: 'role:limited-by' },
  { match: 'due to', role: 'prior', scope: 'near', reason: 'role:due-to' },
  { match: 'exacerbate', role: 'prior', scope: 'near', reason: 'role:exacerbate' },
  { match: 'standard', role: 'prior', scope: 'near', reason: 'role:standard' },
  { match: 'traditional', role: 'prior', scope: 'sentence', reason: 'role:traditional' },
  { match: 'conventional', role: 'prior', scope: 'sentence', reason: 'role:conventional' },
  { match: 'classical', role: 'prior', scope: 'near', reason: 'role:classical' },
  { match: 'naive', role: 'prior', scope: 'near', reason: 'role:naive' },
  { match: 'trivial', role: 'prior', scope: 'near', reason: 'role:trivial' },
  { match: 'straightforward', role: 'prior', scope: 'near', reason: 'role:straightforward' },
  { match: 'brute force', role: 'prior', scope: 'near', reason: 'role:brute-force' },
  { match: 'textbook', role: 'prior', scope: 'near', reason: 'role:textbook' },
  { match: 'vanilla', role: 'prior', scope: 'near', reason: 'role:vanilla' },
  { match: 'reduce', role: 'prior', scope: 'near', reason: 'role:reduce-cost' },
  { match: 'reduces', role: 'prior', scope: 'near', reason: 'role:reduces-cost' },
  { match: 'reducing', role: 'prior', scope: 'near', reason: 'role:reducing-cost' },
  { match: 'replacing', role: 'prior', scope: 'near', reason: 'role:replacing' },
  { match: 'replace', role: 'prior', scope: 'near', reason: 'role:replace' },
  { match: 'without', role: 'prior', scope: 'near', reason: 'role:without' },
  { match: 'avoid', role: 'prior', scope: 'near', reason: 'role:avoid' },
  { match: 'avoiding', role: 'prior', scope: 'near', reason: 'role:avoiding' },
  { match: 'mitigate', role: 'prior', scope: 'near', reason: 'role:mitigate' },
  { match: 'alleviate', role: 'prior', scope: 'near', reason: 'role:alleviate' },
  { match: 'overcome', role: 'prior', scope: 'near', reason: 'role:overcome' },
  { match: 'instead of', role: 'prior', scope: 'near', reason: 'role:instead-of' },
  { match: 'compared to', role: 'prior', scope: 'near', reason: 'role:compared-to' },
  { match: 'compared with', role: 'prior', scope: 'near', reason: 'role:compared-with' },
  { match: 'than', role: 'prior', scope: 'near', reason: 'role:than' },
  { match: 'other', role: 'prior', scope: 'near', reason: 'role:other-methods' },
  { match: 'et al', role: 'prior', scope: 'after', reason: 'role:et-al' },
  { match: 'typically', role: 'prior', scope: 'sentence', reason: 'role:typically' },
  { match: 'however', role: 'prior', scope: 'sentence', reason: 'role:however' },
  { match: 'remains', role: 'prior', scope: 'near', reason: 'role:remains' },
  { match: 'prohibitive', role: 'prior', scope: 'sentence', reason: 'role:prohibitive' },
  { match: 'upper bound', role: 'prior', scope: 'after', reason: 'role:known-upper-bound-after' },
  { match: 'alas', role: 'prior', scope: 'sentence', reason: 'role:alas' },
  { match: 'celebrated', role: 'prior', scope: 'sentence', reason: 'role:celebrated' },
  { match: 'literature', role: 'prior', scope: 'sentence', reason: 'role:literature' },
  { match: 'can be supported', role: 'prior', scope: 'near', reason: 'role:can-be-supported' },
  { match: 'it is known', role: 'prior', scope: 'sentence', reason: 'role:it-is-known' },
  { match: 'all the known', role: 'prior', scope: 'sentence', reason: 'role:all-known' },
  { match: 'baseline', role: 'prior', scope: 'near', reason: 'role:baseline' },
  { match: 'et al', role: 'prior', scope: 'sentence', reason: 'role:et-al-sentence' },
  { match: 'showed', role: 'prior', scope: 'sentence', reason: 'role:showed' },
  { match: 'was proposed', role: 'prior', scope: 'sentence', reason: 'role:was-proposed' },
  { match: 'were proposed', role: 'prior', scope: 'sentence', reason: 'role:were-proposed' },
  { match: 'introduced', role: 'prior', scope: 'sentence', reason: 'role:introduced' },
  { match: 'recent', role: 'prior', scope: 'sentence', reason: 'role:recent' },
  { match: 'known', role: 'prior', scope: 'sentence', reason: 'role:known-sentence' },
  { match: 'stoc', role: 'prior', scope: 'sentence', reason: 'role:venue-stoc' },
  { match: 'focs', role: 'prior', scope: 'sentence', reason: 'role:venue-focs' },
  { match: 'soda', role: 'prior', scope: 'sentence', reason: 'role:venue-soda' },
  { match: 'icalp', role: 'prior', scope: 'sentence', reason: 'role:venue-icalp' },
  { match: 'there is an', role: 'prior', scope: 'near', reason: 'role:there-is-an' },
  { match: 'there is also', role: 'prior', scope: 'near', reason: 'role:there-is-also' },
  { match: 'versus', role: 'prior', scope: 'near', reason: 'role:versus' },
  { match: 'vs', role: 'prior', scope: 'near', reason: 'role:vs' },
  { match: 'their', role: 'prior', scope: 'near', reason: 'role:their' },
  { match: 'naively', role: 'prior', scope: 'near', reason: 'role:naively' },
  { match: 'baselines', role: 'prior', scope: 'near', reason: 'role:baselines' },
  { match: 'bottleneck', role: 'prior', scope: 'after', reason: 'role:bottleneck-after' },
  { match: 'unlike', role: 'prior', scope: 'near', reason: 'role:unlike' },
  { match: 'recently', role: 'prior', scope: 'sentence', reason: 'role:recently' },
  // "… for which several linear time solutions are obtained in the past two decades"
  { match: 'in the past', role: 'prior', scope: 'sentence', reason: 'role:in-the-past' },
  { match: 'over the past', role: 'prior', scope: 'sentence', reason: 'role:over-the-past' },
  { match: 'during the past', role: 'prior', scope: 'sentence', reason: 'role:during-the-past' },
  { match: 'improves over', role: 'prior', scope: 'near', reason: 'role:improves-over' },
  { match: 'improving over', role: 'prior', scope: 'near', reason: 'role:improving-over' },
  { match: 'best existing', role: 'prior', scope: 'near', reason: 'role:best-existing' },
  { match: 'earlier work', role: 'prior', scope: 'sentence', reason: 'role:earlier-work' },
  { match: 'suffer', role: 'prior', scope: 'after', reason: 'role:suffer-after' },
  { match: 'their best', role: 'prior', scope: 'sentence', reason: 'role:their-best' },
  { match: 'their solution', role: 'prior', scope: 'sentence', reason: 'role:their-solution' },
  { match: 'their algorithm', role: 'prior', scope: 'sentence', reason: 'role:their-algorithm' },
  { match: 'first studied', role: 'prior', scope: 'sentence', reason: 'role:first-studied' },
  { match: 'they gave', role: 'prior', scope: 'sentence', reason: 'role:they-gave' },
  { match: 'they showed', role: 'prior', scope: 'sentence', reason: 'role:they-showed' },
  // earlier work named as such, or credited with a past-tense verb ("Kosaraju … described a linear-time algorithm")
  { match: 'prior work', role: 'prior', scope: 'sentence', reason: 'role:prior-work' },
  { match: 'prior works', role: 'prior', scope: 'sentence', reason: 'role:prior-works' },
  { match: 'previous work', role: 'prior', scope: 'sentence', reason: 'role:previous-work' },
  { match: 'previous works', role: 'prior', scope: 'sentence', reason: 'role:previous-works' },
  { match: 'prior to our work', role: 'prior', scope: 'sentence', reason: 'role:prior-to-our-work' },
  { match: 'for comparison', role: 'prior', scope: 'sentence', reason: 'role:for-comparison' },
  { match: 'described', role: 'prior', scope: 'sentence', reason: 'role:described' },
  { match: 'gave', role: 'prior', scope: 'sentence', reason: 'role:gave' },
  { match: 'presented', role: 'prior', scope: 'sentence', reason: 'role:presented' },
  { match: 'proposed', role: 'prior', scope: 'sentence', reason: 'role:proposed' },
  { match: 'devised', role: 'prior', scope: 'sentence', reason: 'role:devised' },
  { match: 'designed', role: 'prior', scope: 'sentence', reason: 'role:designed' },
  { match: 'developed', role: 'prior', scope: 'sentence', reason: 'role:developed' },
  // "… of Chakraborty et al. [ESA, 2018] who designed $O(n^3 \lg n)$ time algorithms": credited right before the bound
  { match: 'who designed', role: 'prior', scope: 'near', reason: 'role:who-designed' },
  { match: 'who gave', role: 'prior', scope: 'near', reason: 'role:who-gave' },
  { match: 'who showed', role: 'prior', scope: 'near', reason: 'role:who-showed' },
  { match: 'who proposed', role: 'prior', scope: 'near', reason: 'role:who-proposed' },
  { match: 'who presented', role: 'prior', scope: 'near', reason: 'role:who-presented' },
  { match: 'who obtained', role: 'prior', scope: 'near', reason: 'role:who-obtained' },
  // result phrases that also shadow a cue inside them ("answering an open question" is not a question)
  { match: 'answering an open question', role: 'result', scope: 'sentence', reason: 'role:answering-open-question' },
  { match: 'answers an open question', role: 'result', scope: 'sentence', reason: 'role:answers-open-question' },
  { match: 'resolving an open question', role: 'result', scope: 'sentence', reason: 'role:resolving-open-question' },
  { match: 'resolves an open question', role: 'result', scope: 'sentence', reason: 'role:resolves-open-question' },
  { match: 'resolve this open question', role: 'result', scope: 'sentence', reason: 'role:resolve-this-open-question' },
  // "we confirm this conjecture by …", "disproving a conjecture of …": the paper settles it, so it is no longer a conjecture
  { match: 'confirm this conjecture', role: 'result', scope: 'sentence', reason: 'role:confirm-this-conjecture' },
  { match: 'confirm the conjecture', role: 'result', scope: 'sentence', reason: 'role:confirm-the-conjecture' },
  { match: 'confirming the conjecture', role: 'result', scope: 'sentence', reason: 'role:confirming-the-conjecture' },
  { match: 'confirming a conjecture', role: 'result', scope: 'sentence', reason: 'role:confirming-a-conjecture' },
  { match: 'prove this conjecture', role: 'result', scope: 'sentence', reason: 'role:prove-this-conjecture' },
  { match: 'prove the conjecture', role: 'result', scope: 'sentence', reason: 'role:prove-the-conjecture' },
  { match: 'proving a conjecture', role: 'result', scope: 'sentence', reason: 'role:proving-a-conjecture' },
  { match: 'resolve this conjecture', role: 'result', scope: 'sentence', reason: 'role:resolve-this-conjecture' },
  { match: 'resolving a conjecture', role: 'result', scope: 'sentence', reason: 'role:resolving-a-conjecture' },
  { match: 'settle the conjecture', role: 'result', scope: 'sentence', reason: 'role:settle-the-conjecture' },
  { match: 'disprove the conjecture', role: 'result', scope: 'sentence', reason: 'role:disprove-the-conjecture' },
  { match: 'disproving a conjecture', role: 'result', scope: 'sentence', reason: 'role:disproving-a-conjecture' },
  { match: 'refute the conjecture', role: 'result', scope: 'sentence', reason: 'role:refute-the-conjecture' },
  { match: 'the conjecture is false', role: 'result', scope: 'sentence', reason: 'role:conjecture-is-false' },
  { match: 'resolve the open question', role: 'result', scope: 'sentence', reason: 'role:resolve-the-open-question' },
  { match: 'resolving the open question', role: 'result', scope: 'sentence', reason: 'role:resolving-the-open-question' },
  { match: 'answer this open question', role: 'result', scope: 'sentence', reason: 'role:answer-this-open-question' },
  { match: 'settle this open question', role: 'result', scope: 'sentence', reason: 'role:settle-this-open-question' },
  { match: 'settling an open question', role: 'result', scope: 'sentence', reason: 'role:settling-an-open-question' },
  { match: 'solve this open problem', role: 'result', scope: 'sentence', reason: 'role:solve-this-open-problem' },
  { match: 'resolve this open problem', role: 'result', scope: 'sentence', reason: 'role:resolve-this-open-problem' },
  { match: 'necessary and sufficient', role: 'result', scope: 'sentence', reason: 'role:necessary-and-sufficient' },
  { match: 'resulting in', role: 'result', scope: 'near', reason: 'role:resulting-in' },
  // result: this paper's own bound (also the default)
  { match: 'we', role: 'result', scope: 'near', reason: 'role:we' },
  { match: 'our', role: 'result', scope: 'near', reason: 'role:our' },
  { match: 'to', role: 'result', scope: 'near', reason: 'role:from-x-to-y-target' },
  { match: 'achieves', role: 'result', scope: 'near', reason: 'role:achieves' },
  { match: 'achieving', role: 'result', scope: 'near', reason: 'role:achieving' },
];

/** A cue whose words appear in a "near" window farther than this many tokens from the bound is ignored. */
export const NEAR_WINDOW = 8;

/** Conjecture cues outrank lower-bound words: a conjectured lower bound is a statement, not a proof. */
export const CONJECTURE_REASONS: ReadonlySet<string> = new Set(['role:conjecture', 'role:conjectured', 'role:conjectures']);

/** Words that mark the costly incumbent whose superlinear cost motivates an ML paper ("quadratic attention"). */
export const INCUMBENT_WORDS: ReadonlySet<string> = new Set([
  'attention', 'transformer', 'transformers', 'self', 'softmax', 'existing', 'standard', 'conventional', 'traditional', 'vanilla',
  'naive', 'naively', 'second', 'kernel', 'kernels', 'prohibitive', 'prohibitively', 'however', 'previous', 'prior',
]);

/** Words that open a contrasting clause: sentence cues of one clause do not reach bounds of the other. */
export const CLAUSE_CONTRASTS: ReadonlySet<string> = new Set(['whereas', 'although', 'though']);

/** Sentence prior cues too weak to outweigh a "we"/"our" before the bound ("we build on recent work to …"). */
export const WEAK_PRIOR_REASONS: ReadonlySet<string> = new Set([
  'role:recent', 'role:recently', 'role:introduced', 'role:literature', 'role:known-sentence', 'role:showed', 'role:celebrated',
  'role:typically', 'role:described', 'role:gave', 'role:presented', 'role:proposed', 'role:devised', 'role:designed', 'role:developed',
  'role:traditional', 'role:conventional', 'role:et-al-sentence', 'role:venue-stoc', 'role:venue-focs', 'role:venue-soda', 'role:venue-icalp',
]);

/** Past-tense cues that are the paper's own as participles: "the proposed encoding", "an algorithm is presented". */
export const PARTICIPLE_REASONS: ReadonlySet<string> = new Set(['role:described', 'role:presented', 'role:proposed', 'role:devised', 'role:designed', 'role:developed']);
export const PARTICIPLE_OWNERS: ReadonlySet<string> = new Set(['the', 'our', 'this', 'these', 'newly', 'is', 'are', 'be', 'been', 'we', 'here']);

/** Nouns for other people's work that "other" must precede to mark a prior bound ("other linear-time methods"). */
export const METHOD_NOUNS: ReadonlySet<string> = new Set([
  'method', 'methods', 'algorithm', 'algorithms', 'approach', 'approaches', 'work', 'works', 'solution', 'solutions', 'technique',
  'techniques', 'baseline', 'baselines', 'model', 'models', 'scheme', 'schemes', 'structure', 'structures', 'index', 'indexes',
  'indices', 'implementations', 'variants', 'designs', 'architectures', 'transformers', 'papers', 'authors', 'results',
]);

/** Words of a clause that rule something out: "unless SETH fails" is a hardness condition only next to one. */
export const NEGATIONS: ReadonlySet<string> = new Set(['no', 'not', 'cannot', 'unable', 'incapable', 'impossible', 'hard', 'hardness', 'nor', 'never', 'ruling', 'rule', 'rules', 'refute', 'unlikely']);

/** Words that make a sentence the paper's own ("we", "our", "this paper", "here", "novel"). */
export const FIRST_PERSON: ReadonlySet<string> = new Set(['we', 'our', 'us', 'here', 'herein', 'novel', 'new', 'first', 'propose', 'present', 'introduce']);

/**
 * A bound with no cue in one of the abstract's first this-many sentences, before any sentence with a first-person word,
 * is background (prior).
 */
export const BACKGROUND_SENTENCES = 2;

/** Share of the abstract (by position) in which a superlinear class without cues reads as motivation (prior). */
export const MOTIVATION_SHARE = 0.3;

/** Patterns over the raw text right after a bound (anchored, bounded): who the bound is credited to. */
export interface AfterBoundPattern { match: RegExp; role: Role; reason: string }

const NAME = String.raw`[A-Z][A-Za-z\u00C0-\u024F\\"'{}-]{1,30}`;

export const AFTER_BOUND_PATTERNS: readonly AfterBoundPattern[] = [
  // "$O(n)$ [12]", "O(n) time~\\cite{x}"
  { match: /^\$?\s*(?:[A-Za-z-]+\s+){0,2}(?:\[|~?\\cite)/, role: 'prior', reason: 'role:citation-after' },
  // "… achieves $O(\sqrt{TK})$ regret and strategic robustness [KSS24]": a reference key closing the clause
  { match: /^\$?\s*(?:[A-Za-z-]+\s+){3,6}\[(?:[A-Z][A-Za-z+]{0,8}\s?\d{2,4}[a-z]?|\d{1,3}(?:\s*[,–-]\s*\d{1,3}){0,4})\]/, role: 'prior', reason: 'role:reference-key-after' },
  // "… the $O(nk)$ runtime of the Landau-Vishkin algorithm", "$O(n+k^2)$ (the algorithm of Landau and Vishkin)"
  { match: new RegExp(String.raw`^\$?\s*(?:[a-z-]{1,20}\s+){0,3}?of\s+the\s+${NAME}(?:[-–]${NAME}|\s+and\s+${NAME})?(?:'s)?\s+(?:algorithm|approach|method|data\s+structure|technique|bound|result)`), role: 'prior', reason: 'role:eponym-algorithm-after' },
  // "improved to X by Smith and Jones", "X due to Chan et al.", "X by Lee (2019)"
  {
    match: new RegExp(String.raw`^\$?\)?,?\s*(?:[a-z-]{1,20}\s+){0,3}?(?:by|due to)\s+(?:the\s+)?(?:${NAME}(?:\s+(?:and|&)\s+${NAME}|\s+et\.?\s+al|,\s*${NAME}|\s*[([]\s*(?:1[89]|20)\d\d)|\[${NAME}[^\]]{0,40}(?:1[89]|20)\d\d\])`),
    role: 'prior',
    reason: 'role:attributed-after',
  },
];

/**
 * Hardness cues: a clause with one of these states a lower bound or a conditional hardness result about the bounds
 * in it ("cannot be solved in $O(n^{2-ε})$ time unless SETH fails", "a truly subcubic algorithm is unlikely",
 * "such an algorithm would refute SETH"), whatever earlier-work cue sits next to the bound ("known", "than").
 * `hypothetical` cues count only after an indefinite algorithm ("a/an/any … algorithm … implies").
 */
export interface HardnessCue {
  match: string;
  reason: string;
  hypothetical?: boolean;
  /** hypothetical cues that need "any" ("any algorithm requires"), not "a" ("a new algorithm that requires") */
  anyOnly?: boolean;
  /** counts only for bounds after it in the clause ("3SUM-hardness (no … algorithm)", "conditioned on X, one cannot …") */
  leading?: boolean;
  /** after the bound, does not count when the next word is one of these ("… cannot take advantage of …") */
  thenNot?: readonly string[];
}

export const HARDNESS_CUES: readonly HardnessCue[] = [
  { match: 'cannot', reason: 'role:hardness-cannot', thenNot: ['take', 'use', 'handle', 'exploit', 'benefit', 'afford', 'capture', 'deal', 'support', 'scale', 'guarantee', 'be'] },
  { match: 'can not', reason: 'role:hardness-can-not', thenNot: ['take', 'use', 'handle', 'exploit', 'benefit', 'afford', 'capture', 'deal', 'support', 'scale', 'guarantee', 'be'] },
  { match: 'cannot be solved', reason: 'role:hardness-cannot-be-solved' },
  { match: 'cannot be computed', reason: 'role:hardness-cannot-be-computed' },
  { match: 'cannot be done', reason: 'role:hardness-cannot-be-done' },
  { match: 'cannot be improved', reason: 'role:hardness-cannot-be-improved' },
  { match: 'cannot be beaten', reason: 'role:hardness-cannot-be-beaten' },
  { match: 'cannot be achieved', reason: 'role:hardness-cannot-be-achieved' },
  { match: 'cannot be decreased', reason: 'role:hardness-cannot-be-decreased' },
  { match: 'cannot be answered', reason: 'role:hardness-cannot-be-answered' },
  { match: 'unlikely', reason: 'role:hardness-unlikely' },
  { match: 'impossible', reason: 'role:hardness-impossible' },
  { match: 'not possible', reason: 'role:hardness-not-possible' },
  { match: 'does not exist', reason: 'role:hardness-does-not-exist' },
  { match: 'do not exist', reason: 'role:hardness-do-not-exist' },
  { match: 'not be solved', reason: 'role:hardness-not-be-solved' },
  { match: 'not be computed', reason: 'role:hardness-not-be-computed' },
  { match: 'not be improved', reason: 'role:hardness-not-be-improved' },
  { match: 'not be beaten', reason: 'role:hardness-not-be-beaten' },
  { match: 'not be decreased', reason: 'role:hardness-not-be-decreased' },
  { match: 'there is no', reason: 'role:hardness-there-is-no' },
  { match: 'there are no', reason: 'role:hardness-there-are-no' },
  { match: 'no algorithm', reason: 'role:hardness-no-algorithm' },
  { match: 'rules out', reason: 'role:hardness-rules-out' },
  { match: 'rule out', reason: 'role:hardness-rule-out' },
  { match: 'ruling out', reason: 'role:hardness-ruling-out' },
  { match: 'excludes', reason: 'role:hardness-excludes' },
  { match: 'exclude', reason: 'role:hardness-exclude' },
  { match: 'conditionally', reason: 'role:hardness-conditionally' },
  { match: 'refute', reason: 'role:hardness-refute' },
  { match: 'refutes', reason: 'role:hardness-refutes' },
  { match: 'refuting', reason: 'role:hardness-refuting' },
  { match: 'falsify', reason: 'role:hardness-falsify' },
  { match: 'falsifies', reason: 'role:hardness-falsifies' },
  { match: 'would violate', reason: 'role:hardness-would-violate' },
  { match: 'would contradict', reason: 'role:hardness-would-contradict' },
  { match: 'breakthrough', reason: 'role:hardness-breakthrough' },
  { match: 'believed to require', reason: 'role:hardness-believed-to-require' },
  { match: 'believed to need', reason: 'role:hardness-believed-to-need' },
  { match: 'believed to take', reason: 'role:hardness-believed-to-take' },
  { match: 'conditioned on', reason: 'role:hardness-conditioned-on', leading: true },
  { match: 'conditional on', reason: 'role:hardness-conditional-on', leading: true },
  { match: 'hardness', reason: 'role:hardness-word', leading: true },
  { match: 'implies', reason: 'role:hardness-hypothetical-implies', hypothetical: true },
  { match: 'would imply', reason: 'role:hardness-hypothetical-would-imply', hypothetical: true },
  { match: 'would yield', reason: 'role:hardness-hypothetical-would-yield', hypothetical: true },
  { match: 'yields', reason: 'role:hardness-hypothetical-yields', hypothetical: true },
  { match: 'would give', reason: 'role:hardness-hypothetical-would-give', hypothetical: true },
  { match: 'would lead', reason: 'role:hardness-hypothetical-would-lead', hypothetical: true },
  { match: 'requires', reason: 'role:hardness-hypothetical-requires', hypothetical: true, anyOnly: true },
  { match: 'require', reason: 'role:hardness-hypothetical-require', hypothetical: true, anyOnly: true },
  { match: 'needs', reason: 'role:hardness-hypothetical-needs', hypothetical: true, anyOnly: true },
  { match: 'must use', reason: 'role:hardness-hypothetical-must-use', hypothetical: true, anyOnly: true },
];

/** Words before a hardness cue that make the clause's bound an upper bound claimed optimal ("optimal unless", "tight under SETH"). */
export const OPTIMALITY_WORDS: ReadonlySet<string> = new Set(['optimal', 'tight', 'matching', 'matches', 'match', 'possible', 'best', 'essentially', 'optimality']);

/** Words right after "no … algorithm" that make it a statement of what is known (`other`), not hardness. */
export const KNOWN_WORDS: ReadonlySet<string> = new Set(['known', 'is', 'was', 'has', 'have']);

/** Heads of a hypothetical algorithm ("a truly subcubic algorithm for X implies …"). */
export const HYPOTHETICAL_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'any', 'such']);
