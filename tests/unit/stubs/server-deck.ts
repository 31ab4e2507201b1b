// Vitest stand-in for Slidev's virtual module 'server-reactive:deck' (see vite.config.ts).
export default {}
