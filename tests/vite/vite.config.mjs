// Builds tests/vite into the folder given as NABA_VITE_OUT (tests/e2e/vite.mjs sets it).
export default { root: import.meta.dirname, logLevel: 'warn', build: { outDir: process.env.NABA_VITE_OUT, emptyOutDir: true, target: 'es2022' } };
