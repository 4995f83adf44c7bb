// Follows the imports a bundler keeps from an entry file: every relative import that survives type
// erasure, and the packages those files name. Lets a unit test say what the client bundle can contain.
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import ts from "typescript";

export interface RuntimeImports {
  /** Our own source files the entry reaches at run time, as absolute paths. */
  files: string[];
  /** Each package reached (by its name, "zod", "@sigma/edge-curve"), with the files importing it. */
  packages: Map<string, string[]>;
  /** How the entry reaches a file: the entry first, that file last. */
  chainTo(file: string): string[];
}

const SOURCE_EXTENSIONS = [".ts", ".tsx"];

/** `import type {…}`, and `import { type A, type B }` with no value binding, vanish when compiled. */
function isErasedImport(node: ts.ImportDeclaration): boolean {
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  if (clause.name) return false;
  const bindings = clause.namedBindings;
  if (!bindings || ts.isNamespaceImport(bindings)) return false;
  return bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly);
}

function isErasedExport(node: ts.ExportDeclaration): boolean {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return (
    clause !== undefined &&
    ts.isNamedExports(clause) &&
    clause.elements.length > 0 &&
    clause.elements.every((element) => element.isTypeOnly)
  );
}

function dynamicImportsOf(node: ts.Node, found: string[]): void {
  if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
    const [specifier] = node.arguments;
    if (specifier && ts.isStringLiteralLike(specifier)) found.push(specifier.text);
  }
  ts.forEachChild(node, (child) => dynamicImportsOf(child, found));
}

function runtimeSpecifiersOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    const specifier =
      (ts.isImportDeclaration(statement) && !isErasedImport(statement)) ||
      (ts.isExportDeclaration(statement) && !isErasedExport(statement))
        ? statement.moduleSpecifier
        : undefined;
    if (specifier && ts.isStringLiteral(specifier)) specifiers.push(specifier.text);
  }
  // Walking every node is the slow part, so only files that mention import( get it.
  if (text.includes("import(")) dynamicImportsOf(source, specifiers);
  return specifiers;
}

/** `./x.js` names `./x.ts` or `./x.tsx` in our sources; stylesheets and other assets are not code. */
function resolveSource(importer: string, specifier: string): string | null {
  const target = resolve(dirname(importer), specifier);
  const stem = target.replace(/\.(js|jsx|ts|tsx)$/, "");
  for (const candidate of [target, ...SOURCE_EXTENSIONS.map((ext) => stem + ext)]) {
    if (SOURCE_EXTENSIONS.some((ext) => candidate.endsWith(ext)) && existsSync(candidate)) return candidate;
  }
  if (/\.(css|svg|png|json)$/.test(specifier)) return null;
  throw new Error(`${importer} imports ${specifier}, which names no .ts or .tsx file: fix the import path.`);
}

function packageNameOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier);
}

export function runtimeImportsOf(entry: string): RuntimeImports {
  const seen = new Set<string>();
  const packages = new Map<string, string[]>();
  const importerOf = new Map<string, string>();
  const pending = [resolve(entry)];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of runtimeSpecifiersOf(file)) {
      if (specifier.startsWith(".")) {
        const target = resolveSource(file, specifier);
        if (target && !seen.has(target)) {
          if (!importerOf.has(target)) importerOf.set(target, file);
          pending.push(target);
        }
      } else {
        const name = packageNameOf(specifier);
        packages.set(name, [...(packages.get(name) ?? []), file]);
      }
    }
  }
  const chainTo = (file: string) => {
    const chain = [file];
    for (let at = importerOf.get(file); at !== undefined; at = importerOf.get(at)) chain.unshift(at);
    return chain;
  };
  return { files: [...seen].sort(), packages, chainTo };
}
