// Progress on long work (src/cli/progress.ts): in a terminal each step
// overwrites the last and the line is wiped at the end; elsewhere a step is
// written only once the work has taken a while; `--stil` shows none.
import { describe, expect, it } from 'vitest'
import { progress } from '../src/cli/progress.ts'
import { buildSteps } from '../src/site/build-steps.ts'

function stream(isTTY: boolean) {
  const written: string[] = []
  return { written, isTTY, write: (text: string) => written.push(text) > 0 }
}

describe('progress', () => {
  it('in a terminal: "stap n van N" at once, overwritten, wiped at the end', () => {
    const out = stream(true)
    const shown = progress('Bouwen', buildSteps, { stream: out })
    for (const step of buildSteps) shown.step(step)
    shown.end()
    expect(out.written).toEqual([
      '\r\x1b[2KBouwen: stap 1 van 4 — de verordening controleren …',
      '\r\x1b[2KBouwen: stap 2 van 4 — de pagina’s voorbereiden …',
      '\r\x1b[2KBouwen: stap 3 van 4 — de pagina’s schrijven …',
      '\r\x1b[2KBouwen: stap 4 van 4 — de site plaatsen …',
      '\r\x1b[2K',
    ])
  })

  it('outside a terminal: nothing for quick work, a line per step once it takes long', () => {
    let clock = 0
    const out = stream(false)
    const shown = progress('Bouwen', buildSteps, { stream: out, afterMs: 5000, now: () => clock })
    shown.step(buildSteps[0])
    clock = 6000
    shown.step(buildSteps[1])
    shown.step('iets anders')
    shown.end()
    expect(out.written).toEqual(['Bouwen: stap 2 van 4 — de pagina’s voorbereiden …\n', 'Bouwen: iets anders …\n'])
  })

  it('outside a terminal: a step that is still running after the wait is shown then', async () => {
    const out = stream(false)
    const shown = progress('Exporteren', ['de PDF afdrukken'], { stream: out, afterMs: 20 })
    shown.step('de PDF afdrukken')
    await new Promise((resolve) => setTimeout(resolve, 60))
    shown.end()
    expect(out.written).toEqual(['Exporteren: stap 1 van 1 — de PDF afdrukken …\n'])
  })

  it('--stil: nothing, also in a terminal', () => {
    const out = stream(true)
    const shown = progress('Bouwen', buildSteps, { stream: out, stil: true })
    shown.step(buildSteps[0])
    shown.end()
    expect(out.written).toEqual([])
  })
})
