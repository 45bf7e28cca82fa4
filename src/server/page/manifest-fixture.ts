/** A manifest as Vite writes it, cut down: the entry, its own imports, and the lazy routes. */
export const MANIFEST = {
  'index.html': {
    file: 'assets/index-1.js',
    isEntry: true,
    imports: ['_react-1.js'],
    dynamicImports: ['src/routes/worker/worker-route.tsx', 'src/routes/task/task-route.tsx'],
  },
  '_react-1.js': { file: 'assets/react-1.js' },
  '_panels-1.js': { file: 'assets/panels-1.js', imports: ['_react-1.js', '_lowlight-1.js'] },
  '_lowlight-1.js': { file: 'assets/lowlight-1.js' },
  '_task-section-1.js': { file: 'assets/task-section-1.js', imports: ['index.html'] },
  'src/routes/worker/worker-route.tsx': {
    file: 'assets/worker-route-1.js',
    isDynamicEntry: true,
    imports: ['index.html', '_panels-1.js', '_react-1.js'],
    dynamicImports: ['_highlight-1.js'],
  },
  'src/routes/task/task-route.tsx': {
    file: 'assets/task-route-1.js',
    isDynamicEntry: true,
    imports: ['src/routes/worker/worker-route.tsx', '_task-section-1.js'],
  },
  'src/routes/task/task-resolve-route.tsx': {
    file: 'assets/task-resolve-route-1.js',
    isDynamicEntry: true,
    imports: ['index.html', '_react-1.js'],
  },
  '_highlight-1.js': { file: 'assets/highlight-1.js' },
}
