/**
 * The analysis step of the pipeline (after the model, before the rules):
 * plain-language figures per artikel, kept in `CheckContext.scores` and
 * computed from the model and the trees once, when first read. Flesch-Douma,
 * sentence lengths, passive voice and difficult words of the inwoners part,
 * the juridisch part and the voorbeelden together (for `check --json` and the
 * raadsoverzicht), and the readability of every inwoners and voorbeeld part
 * (for the taal-leesbaarheid rule).
 *
 * An artikel that did not change keeps its object in a re-check (unchanged
 * files keep their model), so its figures are remembered by that object and
 * only the artikelen of changed files are analysed again.
 */
import type { RootContent } from 'mdast'
import type { ContainerDirective } from 'mdast-util-directive'
import type { CheckContext, ModelContext } from '../model/context.ts'
import type { Artikel, Begrip } from '../model/schema.ts'
import { type ArtikelAnalyse, type ArtikelScores, artikelId, type DeelLeesbaarheid, type DeelScore } from '../model/scores.ts'
import { toegestaneWoorden, vrijeWoorden } from './instellingen.ts'
import { mapText } from './mdast-tekst.ts'
import { findDifficultWords } from './moeilijke-woorden.ts'
import { analyseReadability, fleschDouma, type ReadabilityReport } from './readability.ts'
import { zinFiguren } from './zinsoordeel.ts'

export type { ArtikelScores, DeelScore } from '../model/scores.ts'

/** What an artikel's figures were computed with: the begrippen and the accepted words decide which words count as difficult. */
const known = new WeakMap<Artikel, { begrippen: readonly Begrip[]; toegestaan: string; analyse: ArtikelAnalyse }>()

/** The figures of every artikel of the verordening, by `artikelId`. */
export function analyseArtikelen(context: ModelContext): Map<string, ArtikelAnalyse> {
  const begrippen = context.verordening.begrippen
  const toegestaan = toegestaneWoorden(context).join('\n')
  let allowedWords: string[] | undefined
  const scores = new Map<string, ArtikelAnalyse>()
  for (const { tree, hoofdstuk } of context.hoofdstukken) {
    // The model has one artikel per artikel container of the tree, in the same order.
    const nodes = tree.children.filter((node): node is ContainerDirective => isPart(node, 'artikel'))
    hoofdstuk.artikelen.forEach((artikel, index) => {
      let entry = known.get(artikel)
      if (!entry || entry.begrippen !== begrippen || entry.toegestaan !== toegestaan) {
        allowedWords ??= vrijeWoorden(context)
        entry = { begrippen, toegestaan, analyse: new ArtikelFiguren(artikel, nodes[index], allowedWords) }
        known.set(artikel, entry)
      }
      scores.set(artikelId(artikel), entry.analyse)
    })
  }
  return scores
}

/** The scores of an artikel from the analysis (all null for an artikel the analysis does not know). */
export function scoresOf(context: CheckContext, artikel: Artikel): ArtikelScores {
  return context.scores.get(artikelId(artikel))?.scores ?? { inwoners: null, juridisch: null, voorbeelden: null }
}

interface Analysed {
  text: string
  report: ReadabilityReport
}

/**
 * The figures of one artikel. Each half is computed on first use and kept: a
 * plain `check` needs only the readability of the parts (for the rule), `check
 * --json` and the site also the scores. Not plain data on purpose: the re-check
 * (src/pipeline/track.ts) treats it as one value, new exactly when the artikel is.
 */
class ArtikelFiguren implements ArtikelAnalyse {
  #leesbaarheid: DeelLeesbaarheid[] | undefined
  #scores: ArtikelScores | undefined
  /** A part read twice (the first inwoners part is also the model's `inwoners`) is analysed once. */
  readonly #seen = new Map<readonly RootContent[], Analysed>()

  constructor(
    private readonly artikel: Artikel,
    private readonly node: ContainerDirective | undefined,
    private readonly allowedWords: readonly string[],
  ) {}

  get leesbaarheid(): DeelLeesbaarheid[] {
    if (!this.#leesbaarheid) {
      // Every inwoners and voorbeeld part as written, also a second one of a kind (which artikel-delen reports).
      this.#leesbaarheid = []
      for (const part of this.node?.children ?? []) {
        if (!isPart(part, 'inwoners') && !isPart(part, 'voorbeeld')) continue
        const { text, report } = this.analyse(part.children, true)
        this.#leesbaarheid.push(deelLeesbaarheid(part.name as DeelLeesbaarheid['naam'], text, report, this.allowedWords))
      }
    }
    return this.#leesbaarheid
  }

  get scores(): ArtikelScores {
    if (!this.#scores) {
      const { artikel } = this
      const voorbeelden = artikel.voorbeelden.flatMap((voorbeeld) => voorbeeld.inhoud)
      this.#scores = {
        inwoners: artikel.inwoners ? this.score(artikel.inwoners, true) : null,
        juridisch: artikel.juridisch ? this.score(artikel.juridisch, false) : null,
        voorbeelden: voorbeelden.length > 0 ? this.score(voorbeelden, true) : null,
      }
    }
    return this.#scores
  }

  private analyse(children: readonly RootContent[], listItemsApart: boolean): Analysed {
    let analysed = this.#seen.get(children)
    if (!analysed) {
      // The analysed text comes from the text nodes alone; the source is only
      // needed for the offsets back into the file, which the rule maps itself.
      const { text } = mapText(children, '', { listItemsApart })
      analysed = { text, report: analyseReadability(text, { allowedWords: this.allowedWords }) }
      this.#seen.set(children, analysed)
    }
    return analysed
  }

  private score(children: readonly RootContent[], listItemsApart: boolean): DeelScore | null {
    const { text, report } = this.analyse(children, listItemsApart)
    return text.trim() === '' ? null : deelScore(text, report, this.allowedWords)
  }
}

const round1 = (n: number): number => Math.round(n * 10) / 10

function deelScore(text: string, report: ReadabilityReport, allowedWords: readonly string[]): DeelScore {
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

/** The readability figures of one inwoners or voorbeeld part, sentence by sentence. */
export function deelLeesbaarheid(naam: DeelLeesbaarheid['naam'], text: string, report: ReadabilityReport, allowedWords: readonly string[]): DeelLeesbaarheid {
  const difficult = findDifficultWords(text, { allowedWords })
  return { naam, woorden: report.wordCount, fleschDouma: report.fleschDouma, moeilijksteZin: hardestSentence(report), zinnen: zinFiguren(report, difficult) }
}

/** The sentence with the lowest Flesch-Douma of its own; the first of equals. */
function hardestSentence(report: ReadabilityReport): DeelLeesbaarheid['moeilijksteZin'] {
  let hardest = report.sentences[0]
  for (const zin of report.sentences) {
    if (hardest && fleschDouma(zin.words, 1, zin.syllables) < fleschDouma(hardest.words, 1, hardest.syllables)) hardest = zin
  }
  return hardest ? { tekst: hardest.text, start: hardest.start } : null
}

function isPart(node: RootContent, name: string): node is ContainerDirective {
  return node.type === 'containerDirective' && node.name === name
}

const nl = (n: number): string => n.toLocaleString('nl-NL', { maximumFractionDigits: 1 })

/** "Artikel 3.1: inwoners Flesch-Douma 84 (gem. 9,1 woorden per zin), juridisch 38, voorbeelden 80" */
export function scoreZin(artikel: Artikel, scores: ArtikelScores): string {
  const parts: string[] = []
  const { inwoners, juridisch, voorbeelden } = scores
  if (inwoners?.fleschDouma != null)
    parts.push(`inwoners Flesch-Douma ${Math.round(inwoners.fleschDouma)} (gem. ${nl(inwoners.averageSentenceLength)} woorden per zin)`)
  if (juridisch?.fleschDouma != null)
    parts.push(
      `juridisch ${inwoners?.fleschDouma != null ? '' : 'Flesch-Douma '}${Math.round(juridisch.fleschDouma)} (gem. ${nl(juridisch.averageSentenceLength)} woorden per zin)`,
    )
  if (voorbeelden?.fleschDouma != null) parts.push(`voorbeelden ${Math.round(voorbeelden.fleschDouma)}`)
  return `Artikel ${artikel.nr}: ${parts.length > 0 ? parts.join(', ') : 'geen tekst om te meten'}`
}
