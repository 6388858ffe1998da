// Registry messages: at the exact YAML line and column, in Dutch, one per mistake.
import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { effectenSchema } from '../src/model/schema.ts'
import { loadRegistry } from '../src/parse/registry.ts'

const effect = (extra: string) => `- id: meedoen
  titel: Meedoen
  vraag: Ik wil meedoen
  tekst: U doet mee.
  levensdomein: Meedoen
${extra}  status: concept
`

function load(text: string) {
  const file = new VFile({ path: 'effecten.yml', value: text })
  const registry = loadRegistry(file, effectenSchema)
  return { registry, messages: file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`) }
}

describe('loadRegistry', () => {
  it('accepts a valid registry and knows where each value is', () => {
    const { registry, messages } = load(effect('  indicator: Aandeel inwoners\n'))
    expect(messages).toEqual([])
    expect(registry?.place([0, 'indicator'])?.start).toEqual({ line: 6, column: 14 })
  })

  it('gives one message for a misspelt field: the unknown key, with the right name', () => {
    expect(load(effect('  indicatr: Aandeel inwoners\n')).messages).toEqual(['6:3 register-schema Onbekend veld `indicatr` in item 1, bedoelt u `indicator`?'])
  })

  it('says which field is missing, at the item', () => {
    expect(load(effect('')).messages).toEqual(['1:3 register-schema Veld `indicator` ontbreekt in item 1, verwacht een waarde'])
  })

  it('explains a wrong value in plain Dutch', () => {
    expect(load(effect('  indicator: x\n').replace('status: concept', 'status: klaar')).messages).toEqual([
      '7:11 register-schema Veld `status` in item 1: kies "concept" of "vastgesteld"',
    ])
  })

  it('reports YAML syntax errors with their place', () => {
    const { registry, messages } = load('- id: meedoen\n  titel: "open\n')
    expect(registry).toBeUndefined()
    expect(messages[0]).toMatch(/^\d+:\d+ yaml-syntax YAML-fout: /)
  })
})
