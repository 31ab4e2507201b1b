// `virtual:pwa-register` exists only in a Slidev build with `pwa` set; Slidev's setup/pwa.ts imports it lazily.
// The unit tests never call that setup: this stub only lets the module load.
export function registerSW(): () => Promise<void> {
  throw new Error('virtual:pwa-register is a stub in unit tests')
}
