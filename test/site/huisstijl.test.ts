// A gemeente sets its own logo and colours in verordening.yml, without
// touching templates; only plain colour values are accepted.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkVerordening } from '../../src/pipeline/pipeline.ts'
import { buildSite } from '../../src/site/build-site.ts'
import { makeFixture } from '../helpers/fixture.ts'

const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

const logo = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#7a1f5c"/></svg>'

async function withHuisstijl(huisstijl: string) {
  const base = await readFile('test/fixtures/basis/verordening.yml', 'utf8')
  const dir = await makeFixture({ 'verordening.yml': `${base}${huisstijl}`, 'logo.svg': logo })
  made.push(dir)
  return dir
}

describe('huisstijl', () => {
  it('puts the logo and colours of the gemeente on the site', async () => {
    const dir = await withHuisstijl('huisstijl:\n  logo: logo.svg\n  logoAlt: Logo van Proefdorp\n  kleuren:\n    primair: "#7a1f5c"\n    link: "#5c1745"\n')
    const out = await mkdtemp(path.join(tmpdir(), 'huisstijl-'))
    made.push(out)
    const result = await buildSite(dir, path.join(out, '_site'))
    expect(result.problem).toBeNull()
    const css = await readFile(path.join(out, '_site/assets/huisstijl.css'), 'utf8')
    expect(css).toContain('--vo-kleur-primair: #7a1f5c;')
    expect(css).toContain('--utrecht-link-color: #5c1745;')
    const home = await readFile(path.join(out, '_site/index.html'), 'utf8')
    expect(home).toContain('src="/assets/huisstijl/logo.svg" alt="Logo van Proefdorp"')
    expect((await stat(path.join(out, '_site/assets/huisstijl/logo.svg'))).isFile()).toBe(true)
  })

  it('refuses a colour that is not #RRGGBB, so nothing else reaches the stylesheet', async () => {
    const dir = await withHuisstijl('huisstijl:\n  kleuren:\n    primair: "red; } body { display: none"\n')
    const result = await checkVerordening(dir)
    const message = result.files.flatMap((file) => file.messages).find((entry) => entry.ruleId === 'register-schema')
    expect(message?.reason).toMatch(/#RRGGBB/)
    // The fixture has 10 lines; `primair:` is the third line added, its value starts at column 14.
    expect(message?.line).toBe(13)
    expect(message?.column).toBe(14)
  })
})
