import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { renderRuleDocs } from '../src/docs/rule-docs.ts'
import { rules } from '../src/rules/index.ts'

describe('docs', () => {
  it('docs/regels.md is generated from the current rules (run `npm run docs`)', async () => {
    expect(await readFile('docs/regels.md', 'utf8')).toBe(renderRuleDocs())
  })

  it('the authoring guide mentions every rule and every directive', async () => {
    const guide = await readFile('docs/schrijven.md', 'utf8')
    for (const rule of rules) expect(guide).toContain(rule.docs.ruleId)
    for (const name of ['artikel', 'juridisch', 'inwoners', 'voorbeeld', 'toelichting', ':begrip[', ':artikel[', ':wet[']) expect(guide).toContain(name)
  })
})
