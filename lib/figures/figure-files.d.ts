// Names of the files in public/figures when the deck was built or the dev server started (vite.config.ts).
declare module 'virtual:omd-figure-files' {
  const names: string[]
  export default names
}
