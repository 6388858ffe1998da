// The rules of `verordening check` as a remark preset, for remark-cli and the
// vscode-remark extension. In `.remarkrc.js` next to the verordening:
//
//   import verordening from 'omgekeerde-verordening/remark-preset.js'
//   export default { plugins: [verordening] }
//
// Like bin/verordening.js it loads the compiled JavaScript in dist/ (made by
// `npm ci`), and the TypeScript sources through tsx in a checkout without dist/.
// Which rules it holds, and which need `verordening check` or the language
// server: src/pipeline/remark-preset.ts and docs/schrijven.md, chapter 11.
import { existsSync } from 'node:fs'

const compiled = new URL('./dist/src/pipeline/remark-preset.js', import.meta.url)
let preset
if (existsSync(compiled)) {
  ;({ default: preset } = await import(compiled.href))
} else {
  const { register } = await import('tsx/esm/api')
  register()
  ;({ default: preset } = await import('./src/pipeline/remark-preset.ts'))
}
export default preset
