// Only files from the verordening map reach the site or the messages: links
// (symbolic links) that lead out of the map are refused unread, an SVG is
// cleaned before it is published, a raster image must be what its extension
// says, and a broken %-escape in an image path is a message with a position.
import { randomUUID } from 'node:crypto'
import { mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { JSDOM } from 'jsdom'
import type { VFile } from 'vfile'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkVerordening } from '../../src/pipeline/pipeline.ts'
import { prepareAssets } from '../../src/site/assets.ts'
import { buildSite } from '../../src/site/build-site.ts'
import { sanitiseSvg } from '../../src/site/svg-sanitise.ts'
import { verordening } from '../helpers/cli.ts'
import { basisDir, makeFixture } from '../helpers/fixture.ts'

const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

// A unique marker in every outside file: if it shows up anywhere, something
// outside the map was read and passed on.
const marker = `GEHEIM-${randomUUID()}`
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from(`\n${marker}\n`)])
let outside: string

beforeAll(async () => {
  outside = await mkdtemp(path.join(tmpdir(), 'buiten-'))
  made.push(outside)
  await writeFile(path.join(outside, 'geheim.txt'), `# ${marker}\n\nregel twee ${marker}\n::::artikel{nr="${marker}"}\n`)
  // A real PNG signature, so only the link (not the content check) can refuse it.
  await writeFile(path.join(outside, 'foto.png'), png)
  await writeFile(path.join(outside, 'logo.svg'), `<svg xmlns="http://www.w3.org/2000/svg"><title>${marker}</title></svg>`)
})

const hoofdstukPath = path.join(basisDir, '01-algemeen.md')
const inwonersLine = 'We kijken eerst naar wat u wilt bereiken.'

/** The basic fixture with images after the first inwoners text; returns the map and the line of each image. */
async function withImages(images: string[], files: Record<string, string | Buffer | null> = {}) {
  const text = await readFile(hoofdstukPath, 'utf8')
  const withImages = text.replace(inwonersLine, `${inwonersLine}\n\n${images.join('\n\n')}`)
  const dir = await makeFixture({ '01-algemeen.md': withImages, ...files })
  made.push(dir)
  const lines = withImages.split('\n')
  const lineOf = (image: string) => lines.indexOf(image) + 1
  return { dir, lineOf }
}

function messagesOf(files: VFile[]) {
  return files.flatMap((file) =>
    file.messages.map((message) => ({
      file: path.basename(file.path),
      line: message.line,
      column: message.column,
      ruleId: message.ruleId,
      reason: message.reason,
    })),
  )
}

/** Checks the map and reads its images and logo as a build would, without building. */
async function assetMessages(dir: string) {
  const check = await checkVerordening(dir)
  const assets = await prepareAssets(check.context, dir)
  return { assets, messages: messagesOf(check.files).filter((message) => message.ruleId === 'afbeelding-bestand') }
}

async function everyFileText(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const texts = await Promise.all(entries.filter((entry) => entry.isFile()).map((entry) => readFile(path.join(entry.parentPath, entry.name), 'latin1')))
  return texts.join('\n')
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  )
}

describe('files from the map only', () => {
  it('refuses an image that links to a file outside the map, at its reference, and publishes nothing', async () => {
    const { dir, lineOf } = await withImages(['![Een foto](foto.png)'])
    await symlink(path.join(outside, 'foto.png'), path.join(dir, 'foto.png'))
    const { messages } = await assetMessages(dir)
    expect(messages).toEqual([expect.objectContaining({ file: '01-algemeen.md', line: lineOf('![Een foto](foto.png)'), column: 1 })])
    expect(messages[0]?.reason).toMatch(/^Afbeelding `foto\.png` verwijst .* buiten de map van de verordening .*, verwacht /)

    const out = path.join(await mkdtemp(path.join(tmpdir(), 'uit-')), '_site')
    made.push(path.dirname(out))
    const result = await buildSite(dir, out)
    expect(result.problem).toMatch(/afbeelding.*niet gebouwd/)
    expect(await exists(out)).toBe(false)
    expect(JSON.stringify(messagesOf(result.check.files))).not.toContain(marker)
  })

  it('refuses an image in a folder that links to a folder outside the map', async () => {
    const { dir, lineOf } = await withImages(['![Een foto](afbeeldingen/foto.png)'])
    await symlink(outside, path.join(dir, 'afbeeldingen'))
    const { messages } = await assetMessages(dir)
    expect(messages).toEqual([expect.objectContaining({ file: '01-algemeen.md', line: lineOf('![Een foto](afbeeldingen/foto.png)'), column: 1 })])
    expect(messages[0]?.reason).toMatch(/buiten de map van de verordening/)
  })

  it('refuses a logo that links outside the map, at the logo field in verordening.yml', async () => {
    const base = await readFile(path.join(basisDir, 'verordening.yml'), 'utf8')
    const dir = await makeFixture({ 'verordening.yml': `${base}huisstijl:\n  logo: logo.svg\n` })
    made.push(dir)
    await symlink(path.join(outside, 'logo.svg'), path.join(dir, 'logo.svg'))
    const { assets, messages } = await assetMessages(dir)
    expect(assets.logoUrl).toBeNull()
    const line = base.split('\n').length + 1
    expect(messages).toEqual([expect.objectContaining({ file: 'verordening.yml', line, column: 9 })])
    expect(messages[0]?.reason).toMatch(/^Logo `logo\.svg` verwijst .* buiten de map/)
  })

  it('refuses a hoofdstuk, register or woordenlijst that links outside the map, and never shows a line of it', async () => {
    const dir = await makeFixture({ 'begrippen.yml': null })
    made.push(dir)
    await symlink(path.join(outside, 'geheim.txt'), path.join(dir, '02-geheim.md'))
    await symlink(path.join(outside, 'geheim.txt'), path.join(dir, 'begrippen.yml'))
    await symlink(path.join(outside, 'geheim.txt'), path.join(dir, 'woordenlijst.txt'))
    const check = await checkVerordening(dir)
    const refused = messagesOf(check.files).filter((message) => message.ruleId === 'bestand-buiten-map')
    expect(refused.map((message) => `${message.file}:${message.line}:${message.column}`).sort()).toEqual([
      '02-geheim.md:1:1',
      'begrippen.yml:1:1',
      'woordenlijst.txt:1:1',
    ])
    expect(refused[0]?.reason).toMatch(/buiten de map van de verordening en is niet gelezen, verwacht /)

    const outcome = await verordening(['check', dir])
    expect(outcome.code).toBe(1)
    expect(outcome.stdout + outcome.stderr).toMatch(/buiten de map van de verordening/)
    expect(outcome.stdout + outcome.stderr).not.toContain(marker)
  })

  it('refuses a raster image whose content does not match its extension, and an SVG that is no SVG', async () => {
    const images = ['![Nep](nep.png)', '![Kapot](kapot.svg)', '![Geen svg](html.svg)', '![Goed](goed.png)']
    const { dir, lineOf } = await withImages(images, {
      'nep.png': '<script>alert(1)</script>',
      'kapot.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>',
      'html.svg': '<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>',
      'goed.png': png,
    })
    const { assets, messages } = await assetMessages(dir)
    expect(messages.map((message) => message.line)).toEqual([lineOf(images[0]!), lineOf(images[1]!), lineOf(images[2]!)])
    expect(messages[0]?.reason).toMatch(/^Afbeelding `nep\.png` is geen PNG-afbeelding .*, verwacht /)
    expect(messages[1]?.reason).toMatch(/^Afbeelding `kapot\.svg` is geen geldig SVG-bestand .*, verwacht /)
    expect(messages[2]?.reason).toMatch(/buitenste element is geen <svg>/)
    expect(assets.imageUrl('nep.png')).toBeNull()
    expect(assets.imageUrl('goed.png')).toBe('/afbeeldingen/goed.png')
  })

  it('reports a broken %-escape in an image path in Dutch at the image, not as an internal error', async () => {
    const image = '![Een foto](foto%E0%A4%A.png)'
    const { dir, lineOf } = await withImages([image])
    const check = await checkVerordening(dir)
    const all = messagesOf(check.files)
    expect(all.map((message) => message.reason).join('\n')).not.toMatch(/Interne fout/)
    expect(all).toContainEqual(expect.objectContaining({ file: '01-algemeen.md', line: lineOf(image), column: 1 }))
    const assets = await prepareAssets(check.context, dir)
    const precise = messagesOf(check.files).filter((message) => message.ruleId === 'afbeelding-bestand')
    expect(precise).toEqual([expect.objectContaining({ line: lineOf(image), column: 1 })])
    expect(precise[0]?.reason).toMatch(/ongeldige %-code.*, verwacht /)
    expect(assets.imageUrl('foto%E0%A4%A.png')).toBeNull()
  })

  it('publishes an SVG image and logo without script, handlers, foreignObject or outside references, and nothing from outside the map', async () => {
    const evil = `<?xml version="1.0"?>
<?xml-stylesheet href="https://voorbeeld.invalid/stijl.css"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10" onload="alert(1)">
  <script>alert(2)</script>
  <defs><linearGradient id="verloop"><stop offset="0" stop-color="#01689b"/></linearGradient></defs>
  <style>@import url(https://voorbeeld.invalid/a.css);</style>
  <style>.vlak { fill: #7a1f5c }</style>
  <rect class="vlak" width="10" height="10" fill="url(#verloop)" onclick="alert(3)" style="fill: url('https://voorbeeld.invalid/p.svg#x')"/>
  <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(4)"/></div></foreignObject>
  <a href="javascript:alert(5)"><text>klik</text></a>
  <a xlink:href="https://voorbeeld.invalid/"><text>weg</text></a>
  <a href="#verloop"><text>hier</text></a>
  <image href="https://voorbeeld.invalid/pixel.png" width="1" height="1"/>
  <set attributeName="onmouseover" to="alert(6)"/>
</svg>`
    const base = await readFile(path.join(basisDir, 'verordening.yml'), 'utf8')
    const { dir } = await withImages(['![Kwaadaardig](evil.svg)', '![Buiten](foto.png)', '![Ook buiten](afbeeldingen/foto.png)'], {
      'evil.svg': evil,
      'logo.svg': evil,
      'verordening.yml': `${base}huisstijl:\n  logo: logo.svg\n  logoAlt: Logo\n`,
    })
    await symlink(path.join(outside, 'foto.png'), path.join(dir, 'foto.png'))
    await symlink(outside, path.join(dir, 'afbeeldingen'))
    const out = path.join(await mkdtemp(path.join(tmpdir(), 'uit-')), '_site')
    made.push(path.dirname(out))
    // Build past the refusals, to show the outside files are left out even then.
    const result = await buildSite(dir, out, { ignoreErrorsForTesting: true })
    expect(result.problem).toBeNull()
    expect(await everyFileText(out)).not.toContain(marker)
    expect(await exists(path.join(out, 'afbeeldingen', 'foto.png'))).toBe(false)

    for (const published of [path.join(out, 'afbeeldingen', 'evil.svg'), path.join(out, 'assets', 'huisstijl', 'logo.svg')]) {
      const text = await readFile(published, 'utf8')
      const doc = new JSDOM(text, { contentType: 'image/svg+xml' }).window.document
      expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
      const elements = [doc.documentElement, ...Array.from(doc.documentElement.getElementsByTagName('*'))]
      const names = elements.map((element) => element.localName)
      expect(names).not.toContain('script')
      expect(names).not.toContain('foreignObject')
      expect(names).not.toContain('set')
      // What is harmless stays: the picture itself.
      expect(names).toEqual(expect.arrayContaining(['svg', 'linearGradient', 'rect', 'style', 'text']))
      expect(doc.documentElement.getAttribute('viewBox')).toBe('0 0 10 10')
      for (const element of elements) {
        for (const attribute of Array.from(element.attributes)) {
          expect(attribute.localName, `${element.localName} ${attribute.name}`).not.toMatch(/^on/i)
          if (attribute.localName === 'href') expect(attribute.value).toMatch(/^#/)
          for (const match of attribute.value.matchAll(/url\(\s*['"]?([^'")]*)/gi)) expect(match[1]).toMatch(/^#/)
        }
      }
      const css = Array.from(doc.getElementsByTagName('style'))
        .map((style) => style.textContent)
        .join('\n')
      expect(css).not.toMatch(/@import|https?:/i)
      // No processing instruction (a style sheet from elsewhere) before the <svg>.
      expect(Array.from(doc.childNodes).filter((node) => node.nodeType === node.PROCESSING_INSTRUCTION_NODE)).toHaveLength(0)
    }
  }, 120_000)
})

describe('sanitiseSvg', () => {
  it('refuses CSS that could load something, however it is spelled', async () => {
    for (const style of ['fill: URL(https://voorbeeld.invalid/x)', 'fill: u\\72l(https://voorbeeld.invalid/x)', 'background: image-set("x.png" 1x)']) {
      const result = await sanitiseSvg(`<svg xmlns="http://www.w3.org/2000/svg"><rect style="${style.replace(/"/g, '&quot;')}"/></svg>`)
      expect(result.ok && !result.value.includes('style=')).toBe(true)
    }
  })

  it('does not expand entities from a DOCTYPE', async () => {
    const lol = `<!DOCTYPE svg [<!ENTITY a "${'x'.repeat(100)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><svg xmlns="http://www.w3.org/2000/svg"><text>&c;</text></svg>`
    const result = await sanitiseSvg(lol)
    if (result.ok) expect(result.value.length).toBeLessThan(2_000)
  })
})
