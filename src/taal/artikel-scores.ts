/**
 * Plain-language scores per artikel: Flesch-Douma, sentence lengths, passive
 * voice and difficult words of the inwoners part, the juridisch part and the
 * voorbeelden together. Used by `verordening check --json` (one info entry per
 * artikel) and meant for the raadsoverzicht.
 */
import type { CheckContext } from '../model/context.ts'
import type { Artikel } from '../model/schema.ts'
import type { RootContent } from 'mdast'
import { mapText } from './mdast-tekst.ts'
import { analyseReadability } from './readability.ts'
import { findDifficultWords } from './moeilijke-woorden.ts'
import { begripVormen } from './instellingen.ts'

export interface DeelScore {
  /** Flesch-Douma reading ease, one decimal; null for a part without words. */
  fleschDouma: number | null
  sentences: number
  words: number
  /** Average words per sentence, one decimal. */
  averageSentenceLength: number
  /** Words in the longest sentence. */
  longestSentence: number
  passives: number
  difficultWords: number
}

export interface ArtikelScores {
  inwoners: DeelScore | null
  juridisch: DeelScore | null
  voorbeelden: DeelScore | null
}

const round1 = (n: number): number => Math.round(n * 10) / 10

function sourceOf(artikel: Artikel, context: CheckContext): string {
  const parsed = context.hoofdstukken.find((entry) => entry.file.path === artikel.plaats.file)
  return parsed ? String(parsed.file.value) : ''
}

export function scoreDeel(children: readonly RootContent[], source: string, context: CheckContext, listItemsApart: boolean): DeelScore | null {
  const { text } = mapText(children, source, { listItemsApart })
  if (text.trim() === '') return null
  const allowedWords = begripVormen(context)
  const report = analyseReadability(text, { allowedWords })
  return {
    fleschDouma: Number.isNaN(report.fleschDouma) ? null : round1(report.fleschDouma),
    sentences: report.sentenceCount,
    words: report.wordCount,
    averageSentenceLength: round1(report.averageSentenceLength),
    longestSentence: report.longestSentence?.words ?? 0,
    passives: report.passives.length,
    difficultWords: findDifficultWords(text, { allowedWords }).length,
  }
}

export function scoreArtikel(artikel: Artikel, context: CheckContext): ArtikelScores {
  const source = sourceOf(artikel, context)
  const voorbeelden = artikel.voorbeelden.flatMap((voorbeeld) => voorbeeld.inhoud)
  return {
    inwoners: artikel.inwoners ? scoreDeel(artikel.inwoners, source, context, true) : null,
    juridisch: artikel.juridisch ? scoreDeel(artikel.juridisch, source, context, false) : null,
    voorbeelden: voorbeelden.length > 0 ? scoreDeel(voorbeelden, source, context, true) : null,
  }
}

const nl = (n: number): string => n.toLocaleString('nl-NL', { maximumFractionDigits: 1 })

/** "Artikel 3.1: inwoners Flesch-Douma 84 (gem. 9,1 woorden per zin), juridisch 38, voorbeelden 80" */
export function scoreZin(artikel: Artikel, scores: ArtikelScores): string {
  const parts: string[] = []
  const { inwoners, juridisch, voorbeelden } = scores
  if (inwoners?.fleschDouma != null) parts.push(`inwoners Flesch-Douma ${Math.round(inwoners.fleschDouma)} (gem. ${nl(inwoners.averageSentenceLength)} woorden per zin)`)
  if (juridisch?.fleschDouma != null) parts.push(`juridisch ${inwoners?.fleschDouma != null ? '' : 'Flesch-Douma '}${Math.round(juridisch.fleschDouma)} (gem. ${nl(juridisch.averageSentenceLength)} woorden per zin)`)
  if (voorbeelden?.fleschDouma != null) parts.push(`voorbeelden ${Math.round(voorbeelden.fleschDouma)}`)
  return `Artikel ${artikel.nr}: ${parts.length > 0 ? parts.join(', ') : 'geen tekst om te meten'}`
}
