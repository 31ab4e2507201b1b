import { defineAppSetup } from '@slidev/types'
// Fonts ship with the package: no request to a font CDN.
import '@fontsource-variable/inter'
import '@fontsource-variable/jetbrains-mono'

export default defineAppSetup(() => {})
