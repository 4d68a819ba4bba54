// Collects every regular expression a source file spells out: regex literals, and `new RegExp(…)` / `RegExp(…)`
// whose pattern is a string literal or String.raw template (substitutions are replaced by a word placeholder). Used by
// the ReDoS test, which must guard code written later too, so it walks all of src/ rather than a list.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface RegexSite { file: string; line: number; source: string; flags: string; dynamic: boolean }

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(?:ts|tsx|mts|mjs|js)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** What a `${…}` stands for when it cannot be resolved: a short word (the substitutions in src/ are names or escaped text). */
const UNKNOWN_PART = '[A-Za-z]{1,12}';

/** A template's text; a substitution naming a string constant of the same file is inlined, others become a word. */
function templateText(node: ts.TemplateLiteral, raw: boolean, consts: Map<string, string>): { text: string; resolved: boolean } {
  if (ts.isNoSubstitutionTemplateLiteral(node)) return { text: raw ? node.rawText ?? node.text : node.text, resolved: true };
  let s = raw ? node.head.rawText ?? node.head.text : node.head.text;
  let resolved = true;
  for (const span of node.templateSpans) {
    const known = ts.isIdentifier(span.expression) ? consts.get(span.expression.text) : undefined;
    if (known === undefined) resolved = false;
    s += (known ?? UNKNOWN_PART) + (raw ? span.literal.rawText ?? span.literal.text : span.literal.text);
  }
  return { text: s, resolved };
}

function stringValue(e: ts.Expression, consts: Map<string, string>): { text: string; resolved: boolean } | null {
  if (ts.isStringLiteral(e)) return { text: e.text, resolved: true };
  if (ts.isNoSubstitutionTemplateLiteral(e) || ts.isTemplateExpression(e)) return templateText(e, false, consts);
  if (ts.isTaggedTemplateExpression(e) && e.tag.getText() === 'String.raw') return templateText(e.template, true, consts);
  return null;
}

/** Top-level `const NAME = '…'` / String.raw`…` of a file, for patterns assembled from named parts. */
function stringConstants(sf: ts.SourceFile): Map<string, string> {
  const out = new Map<string, string>();
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st) || !(st.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const d of st.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || !d.initializer) continue;
      const v = stringValue(d.initializer, out);
      if (v?.resolved) out.set(d.name.text, v.text);
    }
  }
  return out;
}

export function regexSites(root: string): RegexSite[] {
  const out: RegexSite[] = [];
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const rel = path.relative(path.dirname(root), file);
    const consts = stringConstants(sf);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = node.getText(sf);
        const slash = lit.lastIndexOf('/');
        out.push({ file: rel, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, source: lit.slice(1, slash), flags: lit.slice(slash + 1), dynamic: false });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp' && node.arguments?.length) {
        const p = stringValue(node.arguments[0], consts);
        const f = node.arguments[1];
        const flags = f && ts.isStringLiteral(f) ? f.text : '';
        if (p) out.push({ file: rel, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, source: p.text, flags, dynamic: !p.resolved });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}
