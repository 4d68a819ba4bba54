process.env.RECHECK_SYNC_BACKEND = 'pure';
import { checkSync } from 'recheck';
import { regexSites } from '/work/wt-harden/test/hardening/regex-literals.ts';
const s = regexSites('/work/wt-harden/src').find((x) => x.file.endsWith('role-cues.ts') && x.line === 284)!;
const t = Date.now();
const d: any = checkSync(s.source, s.flags, { checker: 'automaton', timeout: 900_000, maxNFASize: 10_000_000, maxPatternSize: 100_000, maxRepeatCount: 1000 } as any);
console.log(d.status, d.checker, d.complexity?.type, Date.now() - t, 'ms', d.error ? JSON.stringify(d.error) : '');
