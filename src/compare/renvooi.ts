// Renvooi: the old and new text of an artikel in one, word by word (the
// `diff` package), as segments the terminal and the site show in their own
// way: removed text struck, new text underlined, and in words for whoever
// cannot see either.
import { diffWords } from 'diff'
import type { ArtikelTekst, LidTekst } from '../model/artikel-tekst.ts'
import type { Wijziging } from './vergelijking.ts'

export interface Segment {
  soort: 'gelijk' | 'weg' | 'nieuw'
  tekst: string
}

/** One line of renvooi: the opschrift, a lid or an onderdeel. */
export interface RenvooiRegel {
  /** "1.", "b." or "" */
  label: string
  /** Nesting: 0 for opschrift and lid, 1 for an onderdeel. */
  niveau: number
  segmenten: Segment[]
}

export function woordRenvooi(oud: string, nieuw: string): Segment[] {
  if (oud === nieuw) return oud === '' ? [] : [{ soort: 'gelijk', tekst: oud }]
  return diffWords(oud, nieuw).map((change) => ({ soort: change.added ? 'nieuw' : change.removed ? 'weg' : 'gelijk', tekst: change.value }))
}

interface Line {
  key: string
  label: string
  niveau: number
  tekst: string
}

function lines(tekst: ArtikelTekst | undefined): Line[] {
  if (!tekst) return []
  const result: Line[] = [{ key: 'opschrift', label: '', niveau: 0, tekst: tekst.titel }]
  tekst.leden.forEach((lid: LidTekst, index) => {
    const lidKey = `lid ${lid.nr ?? index + 1}`
    result.push({ key: lidKey, label: lid.nr === null ? '' : `${lid.nr}.`, niveau: 0, tekst: lid.tekst })
    for (const onderdeel of lid.onderdelen)
      result.push({ key: `${lidKey} ${onderdeel.letter}`, label: `${onderdeel.letter}.`, niveau: 1, tekst: onderdeel.tekst })
  })
  return result
}

/**
 * The juridische tekst of a changed artikel in renvooi: lines matched by their
 * place (opschrift, lid, onderdeel); a line only in the old text is all struck,
 * one only in the new text all underlined.
 */
export function juridischeRenvooi(wijziging: Wijziging): RenvooiRegel[] {
  const before = lines(wijziging.oud?.tekst)
  const after = lines(wijziging.nieuw?.tekst)
  const byKey = new Map(before.map((line) => [line.key, line]))
  const used = new Set<string>()
  const result: RenvooiRegel[] = []
  let oldIndex = 0
  for (const line of after) {
    const previous = byKey.get(line.key)
    if (previous) {
      // Old lines that no longer exist come before the next line that does.
      while (oldIndex < before.length && before[oldIndex] !== previous) {
        const gone = before[oldIndex]!
        if (!after.some((candidate) => candidate.key === gone.key))
          result.push({ label: gone.label, niveau: gone.niveau, segmenten: woordRenvooi(gone.tekst, '') })
        oldIndex++
      }
      oldIndex++
      used.add(line.key)
      result.push({ label: line.label, niveau: line.niveau, segmenten: woordRenvooi(previous.tekst, line.tekst) })
    } else result.push({ label: line.label, niveau: line.niveau, segmenten: woordRenvooi('', line.tekst) })
  }
  for (const gone of before.slice(oldIndex))
    if (!used.has(gone.key)) result.push({ label: gone.label, niveau: gone.niveau, segmenten: woordRenvooi(gone.tekst, '') })
  return result
}

export function inwonersRenvooi(wijziging: Wijziging): Segment[] {
  return woordRenvooi(wijziging.oud?.inwoners ?? '', wijziging.nieuw?.inwoners ?? '')
}

/** Segments as plain text that reads without colour: [-weg-]{+nieuw+}; colour only as an extra. */
export function segmentenAlsTekst(segmenten: readonly Segment[], kleur: boolean): string {
  return segmenten
    .map((segment) => {
      if (segment.soort === 'gelijk') return segment.tekst
      const [open, close] = segment.soort === 'weg' ? ['[-', '-]'] : ['{+', '+}']
      const marked = `${open}${segment.tekst}${close}`
      if (!kleur) return marked
      return segment.soort === 'weg' ? `\u001b[31;9m${marked}\u001b[0m` : `\u001b[32;4m${marked}\u001b[0m`
    })
    .join('')
}

const soortTekst = { gewijzigd: 'gewijzigd', ingevoegd: 'ingevoegd', vervallen: 'vervallen', vernummerd: 'vernummerd' } as const

export function kopTekst(wijziging: Wijziging): string {
  const nummer = wijziging.soort === 'vernummerd' ? `Artikel ${wijziging.artikel} → ${wijziging.naar}` : `Artikel ${wijziging.artikel}`
  const delen = wijziging.delen.length > 0 ? ` (${wijziging.delen.join(', ')})` : ''
  return `${nummer}: ${soortTekst[wijziging.soort]}${delen}`
}

/** The renvooi of all changes for the terminal; `escape` makes author text safe to print. */
export function renvooiVoorTerminal(wijzigingen: readonly Wijziging[], kleur: boolean, escape: (text: string) => string): string {
  if (wijzigingen.length === 0) return 'Geen verschillen tussen de twee versies.\n'
  const blocks: string[] = []
  for (const wijziging of wijzigingen) {
    const out = [kleur ? `\u001b[1m${escape(kopTekst(wijziging))}\u001b[0m` : escape(kopTekst(wijziging))]
    const juridisch = wijziging.delen.includes('juridisch') || wijziging.delen.includes('opschrift') || wijziging.soort !== 'gewijzigd'
    if (juridisch) {
      for (const regel of juridischeRenvooi(wijziging)) {
        const text = segmentenAlsTekst(
          regel.segmenten.map((segment) => ({ ...segment, tekst: escape(segment.tekst) })),
          kleur,
        )
        out.push(`${'  '.repeat(regel.niveau + 1)}${regel.label ? `${regel.label} ` : ''}${text}`)
      }
    }
    if (wijziging.delen.includes('inwoners')) {
      out.push('  Inwonersversie:')
      out.push(
        `    ${segmentenAlsTekst(
          inwonersRenvooi(wijziging).map((segment) => ({ ...segment, tekst: escape(segment.tekst) })),
          kleur,
        )}`,
      )
    }
    blocks.push(out.join('\n'))
  }
  return `${blocks.join('\n\n')}\n`
}
