// Quality of the graph built from the bundled sample through the real reader, extractor and bound
// parser: topic clusters, readable labels, stated improvements as `improves` edges, assumptions
// linking the fine-grained-complexity papers. These depend on the extractor's output.
import { describe, it, expect, beforeAll } from 'vitest';
import { readPapers, DEFAULT_INPUT } from '../../src/cli/inputs.ts';
import { extractPaper } from '../../src/extract/index.ts';
import { parseBound, growthKey } from '../../src/extract/bounds/index.ts';
import { buildGraph } from '../../src/graph/index.ts';
import { GENERIC } from '../../src/graph/text-terms.ts';
import type { GraphEnvelope } from '../../src/graph/types.ts';

type Attrs = Record<string, unknown>;
let env: GraphEnvelope;
let papers: Array<{ key: string; a: Attrs }>;
let edges: Array<{ s: string; t: string; a: Attrs }>;

beforeAll(async () => {
  const read = await readPapers([DEFAULT_INPUT]);
  env = buildGraph(read.papers.map(extractPaper)).envelope;
  papers = env.graph.nodes.filter((n) => (n.attributes as Attrs).type === 'paper').map((n) => ({ key: n.key, a: n.attributes as Attrs }));
  edges = env.graph.edges.map((e) => ({ s: e.source, t: e.target, a: e.attributes as Attrs }));
});

const find = (title: RegExp) => {
  const hits = papers.filter((p) => title.test(p.a.title as string));
  expect(hits, `one paper titled ${title}`).toHaveLength(1);
  return hits[0];
};
const clusterOf = (title: RegExp) => find(title).a.cluster as number;
const mode = (xs: number[]) => {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
};
const label = (id: number) => env.clusters.find((c) => c.id === id)!.label;

const ATTENTION = [/^HiP Attention/, /^Monarch Mixer/, /Generalizing Matrix Softmax Attention to Kronecker/, /I\/O Complexity of Attention/, /^Combiner/, /Computational Limits of Low-Rank Adaptation/, /^SCBench/, /Infinite-Long Prefix/];
const RL = [/Preference-based Feedback/, /Revealing POMDPs/, /Reward-Free Exploration for Linear Mixture MDPs/, /Average-reward MDPs/, /Adversarial MDPs/, /Off-Policy Reinforcement Learning/, /Latent Markov Decision Processes/, /Effective Horizon Explains/];
const PRUNING = [/^Pruning Deep Neural Networks/, /Layer-Adaptive Weight Pruning/, /Global Magnitude Pruning/, /^HESSO/];
const REASONING = [/Transformers with Chain of Thought/, /Coordinate Larger Language Models improve Complex Reasoning/, /Mystery behind Chain of Thought/, /Bag of Tricks for Inference-time Computation/, /Limiting Confidence Improves Mathematical Reasoning/, /^DART-Math/, /Scaling Test-Time Compute Without Verification/, /^Timo/];

describe('bundled sample: clusters', () => {
  it('puts the attention and long-context papers in one or two clusters', () => {
    const ids = new Set(ATTENTION.map(clusterOf));
    expect(ids.size, [...ids].map(label).join(' / ')).toBeLessThanOrEqual(2);
  });

  it('gives RL theory, pruning and chain-of-thought/LLM reasoning their own clusters', () => {
    const att = new Set(ATTENTION.map(clusterOf));
    const groups = { rl: [RL, 6], pruning: [PRUNING, 4], reasoning: [REASONING, 6] } as const;
    const modes: number[] = [];
    for (const [name, [titles, atLeast]] of Object.entries(groups)) {
      const [id, count] = mode(titles.map(clusterOf));
      expect(count, `${name}: ${count}/${titles.length} in "${label(id)}"`).toBeGreaterThanOrEqual(atLeast);
      expect(att.has(id), `${name} cluster is not an attention cluster`).toBe(false);
      expect(env.clusters.find((c) => c.id === id)!.label).not.toBe('other');
      modes.push(id);
    }
    expect(new Set(modes).size).toBe(3);
  });

  it('labels clusters like topics, from distinctive terms', () => {
    const topical = (id: number, re: RegExp) => expect(label(id), `cluster ${id}`).toMatch(re);
    topical(clusterOf(ATTENTION[0]), /attention|context|transformer|sequence|kv cache/i);
    topical(mode(RL.map(clusterOf))[0], /reinforcement|mdp|markov|regret|polic|decision|bandit/i);
    // the pruning papers share their cluster with other deep-network training papers: either names it
    topical(mode(PRUNING.map(clusterOf))[0], /prun|sparsit|neural network/i);
    topical(mode(REASONING.map(clusterOf))[0], /reason|chain|thought|math|llm|language|test-time/i);
    for (const c of env.clusters) {
      if (c.label === 'other') continue;
      const parts = c.label.split(' · ');
      expect(parts.length, c.label).toBeGreaterThanOrEqual(1);
      for (const p of parts) expect(p.split(' ').every((w) => GENERIC.has(w)), `"${p}" is generic`).toBe(false);
    }
  });
});

describe('bundled sample: improvements and assumptions', () => {
  const bound = (resource: string, text: string) => {
    const b = parseBound(text);
    if (!b.ok) throw new Error(`parseBound(${text}) failed: ${b.reason}`);
    return `bound:${resource}:${growthKey(b.growth)}`;
  };
  const improves = (paper: RegExp) => edges.filter((e) => e.a.type === 'improves' && e.s === find(paper).key);
  const expectImproves = (paper: RegExp, resource: string, from: string, to: string) => {
    const found = improves(paper);
    const want = { t: bound(resource, from), toBound: bound(resource, to) };
    expect(found.map((e) => ({ t: e.t, toBound: e.a.toBound })), `${paper}: ${resource} ${from} → ${to}`).toContainEqual(want);
    const e = found.find((x) => x.t === want.t && x.a.toBound === want.toBound)!;
    expect(typeof e.a.fromLatex === 'string' && typeof e.a.toLatex === 'string').toBe(true);
  };

  it('HiP: O(T^2) → O(T log T) time and O(T^2) → O(T) space', () => {
    expectImproves(/^HiP Attention/, 'time', 'O(T^2)', 'O(T log T)');
    expectImproves(/^HiP Attention/, 'space', 'O(T^2)', 'O(T)');
  });

  it('matrix completion: Õ(|Ω|k^2) → Õ(|Ω|k) time', () => {
    expectImproves(/Low Rank Matrix Completion/, 'time', 'widetilde O(|Omega| k^2)', 'widetilde O(|Omega| k)');
  });

  it('Hamming distances: O(ε^-1 n) → O(ε^-0.93 n), and O(nm) beats the decades-old O(nm log m)', () => {
    expectImproves(/Text-to-Pattern Hamming Distances/, 'time', 'O(epsilon^{-1}n)', 'O(epsilon^{-0.93}n)');
    expectImproves(/Text-to-Pattern Hamming Distances/, 'time', 'O(n m log m)', 'O(nm)');
  });

  it('LoRA limits and tensor attention meet at SETH; the Hamming paper reaches 3SUM', () => {
    const assumption = (re: RegExp) => {
      const n = env.graph.nodes.find((x) => (x.attributes as Attrs).type === 'assumption' && re.test((x.attributes as Attrs).label as string));
      expect(n, `assumption ${re}`).toBeDefined();
      return n!.key;
    };
    const links = (paper: RegExp, target: string) => edges.some((e) => e.s === find(paper).key && e.t === target);
    const seth = assumption(/^SETH$|strong exponential time/i);
    expect(links(/Computational Limits of Low-Rank Adaptation/, seth)).toBe(true);
    expect(links(/Generalizing Matrix Softmax Attention to Kronecker/, seth)).toBe(true);
    expect(links(/Text-to-Pattern Hamming Distances/, assumption(/^3SUM$/i))).toBe(true);
  });
});
