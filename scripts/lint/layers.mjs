// ESLint rule `akkoord/layers`: the import layering of docs/decisions/039, checked on the
// resolved path of every relative import (a built-in `no-restricted-imports` pattern only
// sees the specifier, and "../../alerts/x" names no layer).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const posix = path.posix;
/** The repository root: paths are checked relative to it wherever eslint is started. */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Where a repository-relative file sits: a client feature, app, components, lib or
 * testing; a server module (with the file's path inside it); or nothing we check.
 */
export function classify(file) {
  const parts = file.split('/');
  if (parts[0] === 'client' && parts[1] === 'src') {
    if (parts[2] === 'features' && parts.length > 4) return { side: 'client', layer: 'feature', name: parts[3] };
    if (['app', 'components', 'lib', 'testing'].includes(parts[2]) && parts.length > 3) return { side: 'client', layer: parts[2] };
    return null;
  }
  if (parts[0] === 'server' && parts[1] === 'src') {
    if (parts[2] === 'modules' && parts.length > 4) return { side: 'server', layer: 'module', name: parts[3], inner: parts.slice(4).join('/') };
    return { side: 'server', layer: 'other' };
  }
  return null;
}

const isTestFile = (file) => /\.(test|testing)\.[cm]?[jt]sx?$/.test(file) || file.startsWith('server/src/test/');

/**
 * The problem with importing `target` from `file` (both repository-relative), or null.
 * `surface`: module → files other code may import; `openTo`: importers outside any
 * module that may reach every module file (composition roots).
 */
export function layerViolation(file, target, { surface = {}, openTo = [] } = {}) {
  const from = classify(file);
  const to = classify(target);
  if (!from || !to || from.side !== to.side) return null;
  if (from.side === 'client') {
    if (from.layer === 'feature' && to.layer === 'feature' && from.name !== to.name) return { messageId: 'featureToFeature', data: { from: from.name, to: to.name } };
    if (from.layer === 'feature' && to.layer === 'app') return { messageId: 'featureToApp', data: { from: from.name } };
    if ((from.layer === 'components' || from.layer === 'lib') && (to.layer === 'feature' || to.layer === 'app')) {
      return { messageId: 'sharedToFeature', data: { from: from.layer, to: to.layer === 'app' ? 'app/' : `features/${to.name}` } };
    }
    return null;
  }
  if (to.layer !== 'module' || (from.layer === 'module' && from.name === to.name)) return null;
  if (isTestFile(file) || openTo.some((root) => file === root || file.startsWith(`${root}/`))) return null;
  if ((surface[to.name] ?? []).includes(to.inner)) return null;
  return { messageId: 'privateModuleFile', data: { module: to.name, file: to.inner, allowed: (surface[to.name] ?? []).join(', ') || 'none' } };
}

/** The repository-relative path a relative specifier points at, or null for a package import. */
export function resolveSpecifier(file, specifier) {
  if (!specifier.startsWith('.')) return null;
  return posix.normalize(posix.join(posix.dirname(file), specifier));
}

const layers = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the layering of docs/decisions/039 (features, shared client code, server module surfaces)' },
    schema: [
      {
        type: 'object',
        properties: {
          surface: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
          openTo: { type: 'array', items: { type: 'string' } },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      featureToFeature:
        'features/{{from}} imports features/{{to}}: features never import each other (move the shared piece to components/, lib/ or shared/, or compose them in app/).',
      featureToApp: 'features/{{from}} imports app/: features never import app/ (app/ composes features).',
      sharedToFeature: '{{from}}/ imports {{to}}: components/ and lib/ import no feature and not app/.',
      privateModuleFile:
        "modules/{{module}}/{{file}} is private to the {{module}} module; other code may import only {{allowed}} (the module's surface in eslint.config.js, decision 039).",
    },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const file = path.relative(ROOT, context.filename).split(path.sep).join('/');
    const check = (node) => {
      const source = node.source;
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const target = resolveSpecifier(file, source.value);
      if (target === null) return;
      const problem = layerViolation(file, target, options);
      if (problem) context.report({ node: source, ...problem });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

export default { meta: { name: 'akkoord' }, rules: { layers } };
