// CSV of the comparison table (pure): RFC 4180 quoting, and spreadsheet formula injection neutralised.
import type { LadderSection } from './ladder.ts';

export function csvCell(v: string | number | null): string {
  let s = v === null ? '' : String(v);
  // a cell starting with = + - @ (or tab/CR) would run as a formula in spreadsheet programs
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function ladderToCsv(sections: readonly LadderSection[]): string {
  const head = ['resource', 'rank', 'bound', 'latex', 'role', 'subject', 'paper_id', 'title', 'year', 'url', 'improves_on'];
  const lines = [head.join(',')];
  for (const s of sections) {
    for (const r of s.rows) {
      lines.push([
        s.resource, r.tier === null ? '' : r.tier + 1, r.claim.text, r.claim.latex, r.claim.role, r.claim.subject,
        r.paper.id, r.paper.title, r.paper.year, r.paper.url, r.improvesOn.map((i) => i.text).join(' ; '),
      ].map(csvCell).join(','));
    }
  }
  return lines.join('\r\n') + '\r\n';
}
