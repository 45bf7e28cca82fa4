import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import ts from 'typescript'

/*
 * The modules a browser entry can load, found by reading the sources as the bundler does: static
 * imports and re-exports, dynamic import(), require() in packages that still use it. Type-only
 * imports are left out (they are erased). `new URL('./x.worker.ts', import.meta.url)` is not an
 * import: a worker is an entry of its own, walked from its own file.
 */
export type ImportGraph = {
  /** Source files of the project reached, relative to the project root. */
  files: Set<string>
  /** Every package reached, by name, also those reached through other packages. */
  packages: Set<string>
}

/* The export conditions Vite resolves for the browser build, in no order: the package's wins. */
const CONDITIONS = new Set(['browser', 'import', 'module', 'production', 'default'])
const SOURCE_EXTENSIONS = ['', '.ts', '.tsx', '.js', '.mjs', '.cjs', '/index.ts', '/index.js']

function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) return node.isTypeOnly
  const clause = node.importClause
  if (!clause) return false
  if (clause.isTypeOnly) return true
  const bindings = clause.namedBindings
  return (
    clause.name === undefined &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  )
}

/** The specifiers a module loads when it runs. */
export function importsOf(path: string, source: string): string[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, false)
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier) &&
      !isTypeOnly(node)
    ) {
      found.push(node.moduleSpecifier.text)
    }
    if (ts.isCallExpression(node)) {
      const [first] = node.arguments
      const loads =
        node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require')
      if (loads && first && ts.isStringLiteralLike(first)) found.push(first.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

function existingFile(base: string): string | null {
  for (const extension of SOURCE_EXTENSIONS) {
    const candidate = base + extension
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return null
}

/** The first target an `exports` entry names under the conditions above. */
function pickTarget(entry: unknown): string | null {
  if (typeof entry === 'string') return entry
  if (Array.isArray(entry)) return pickTarget(entry[0])
  if (typeof entry !== 'object' || entry === null) return null
  for (const [condition, value] of Object.entries(entry)) {
    if (!CONDITIONS.has(condition)) continue
    const target = pickTarget(value)
    if (target) return target
  }
  return null
}

function exportTarget(exports: unknown, subpath: string): string | null {
  if (typeof exports !== 'object' || exports === null || Array.isArray(exports)) {
    return subpath === '.' ? pickTarget(exports) : null
  }
  const keys = Object.keys(exports)
  if (!keys.some((key) => key.startsWith('.'))) return subpath === '.' ? pickTarget(exports) : null
  const table = exports as Record<string, unknown>
  if (subpath in table) return pickTarget(table[subpath])
  for (const key of keys) {
    const star = key.indexOf('*')
    if (star === -1) continue
    const [before, after] = [key.slice(0, star), key.slice(star + 1)]
    if (!subpath.startsWith(before) || !subpath.endsWith(after)) continue
    const middle = subpath.slice(before.length, subpath.length - after.length)
    return pickTarget(table[key])?.replaceAll('*', middle) ?? null
  }
  return null
}

export function packageName(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier)
}

function resolvePackage(specifier: string, fromDir: string): string | null {
  const name = packageName(specifier)
  const subpath = `.${specifier.slice(name.length)}`
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const root = join(dir, 'node_modules', name)
    const manifestPath = join(root, 'package.json')
    if (existsSync(manifestPath)) {
      const manifest: unknown = JSON.parse(readFileSync(manifestPath, 'utf8'))
      const fields = typeof manifest === 'object' && manifest !== null ? manifest : {}
      const exported =
        'exports' in fields && fields.exports ? exportTarget(fields.exports, subpath) : null
      if (exported) return existingFile(resolve(root, exported))
      if (subpath !== '.') return existingFile(resolve(root, subpath))
      for (const field of ['browser', 'module', 'main'] as const) {
        const value = field in fields ? (fields as Record<string, unknown>)[field] : undefined
        if (typeof value === 'string') return existingFile(resolve(root, value))
      }
      return existingFile(join(root, 'index'))
    }
    if (dirname(dir) === dir) return null
  }
}

/** Walks every module `entry` can load; `@/` names the project's src folder. */
export function importGraph(projectRoot: string, entry: string): ImportGraph {
  const files = new Set<string>()
  const packages = new Set<string>()
  const seen = new Set<string>()
  const pending = [resolve(projectRoot, entry)]
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    if (seen.has(path)) continue
    seen.add(path)
    const inPackage = path.includes('/node_modules/')
    if (!inPackage) files.add(path.slice(projectRoot.length + 1))
    if (!/\.[cm]?[jt]sx?$/.test(path)) continue
    for (const specifier of importsOf(path, readFileSync(path, 'utf8'))) {
      const target = resolveSpecifier(specifier, path, projectRoot, packages)
      if (target) pending.push(target)
    }
  }
  return { files, packages }
}

function resolveSpecifier(
  specifier: string,
  from: string,
  projectRoot: string,
  packages: Set<string>,
): string | null {
  // Vite's own suffixes (`?url`, `?raw`) load no code of the file.
  if (specifier.includes('?')) return null
  if (specifier.startsWith('.')) return existingFile(resolve(dirname(from), specifier))
  if (specifier.startsWith('@/'))
    return existingFile(resolve(projectRoot, 'src', specifier.slice(2)))
  if (specifier.startsWith('node:') || specifier.startsWith('/')) return null
  packages.add(packageName(specifier))
  return resolvePackage(specifier, dirname(from))
}
