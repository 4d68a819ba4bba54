// Rule data: hypotheses and complexity classes named in abstracts (matched as whole tokens, case-sensitive).

export interface AssumptionRule { match: RegExp; name: string; reason: string }

export const ASSUMPTION_RULES: readonly AssumptionRule[] = [
  { match: /\bSETH\b|Strong Exponential[ -]Time Hypothesis/i, name: 'SETH', reason: 'assumption:seth' },
  { match: /(?<![A-Za-z-])ETH\b|(?<!Strong )Exponential[ -]Time Hypothesis/, name: 'ETH', reason: 'assumption:eth' },
  { match: /\b3-?SUM\b/i, name: '3SUM', reason: 'assumption:3sum' },
  { match: /\bAPSP\b|all[- ]pairs shortest[- ]paths? (?:hypothesis|conjecture)/i, name: 'APSP', reason: 'assumption:apsp' },
  { match: /(?<![A-Za-z])OV\b|Orthogonal Vectors?\b/, name: 'OV', reason: 'assumption:ov' },
  { match: /\bBMM\b|Boolean matrix multiplication/i, name: 'BMM', reason: 'assumption:bmm' },
  { match: /\bOMv\b|online matrix[- ]vector/i, name: 'OMv', reason: 'assumption:omv' },
  { match: /\bUGC\b|Unique[ -]Games? Conjecture/i, name: 'UGC', reason: 'assumption:ugc' },
  { match: /\bP\s*(?:\\neq?|≠|!=|\\ne)\s*NP\b/, name: 'P≠NP', reason: 'assumption:p-neq-np' },
  { match: /(?<![A-Za-z-])NP(?![A-Za-z])/, name: 'NP', reason: 'assumption:np' },
  { match: /\bPPAD\b/, name: 'PPAD', reason: 'assumption:ppad' },
  { match: /\bPSPACE\b|P-SPACE/, name: 'PSPACE', reason: 'assumption:pspace' },
  { match: /\bNEXPTIME\b/, name: 'NEXPTIME', reason: 'assumption:nexptime' },
  { match: /\bBQP\b/, name: 'BQP', reason: 'assumption:bqp' },
  { match: /\bDQC1\b/, name: 'DQC1', reason: 'assumption:dqc1' },
  { match: /\bTC\^?\{?0\}?(?![0-9])|\bTC\$\^0\$/, name: 'TC0', reason: 'assumption:tc0' },
  { match: /\bAC\^?\{?0\}?(?![0-9])/, name: 'AC0', reason: 'assumption:ac0' },
  { match: /\bk-Clique (?:hypothesis|conjecture)/i, name: 'k-Clique', reason: 'assumption:k-clique' },
  { match: /(?<![A-Za-z])P\s*=\s*(?:\\?PPAD|NP)\b|\(unless \$?P/, name: 'P', reason: 'assumption:p-equals' },
];
