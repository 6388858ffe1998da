/**
 * register-uniek: ids in the registries are unique (a reference must point at
 * one thing), and the wetten a grondwaarde names exist in verordening.yml.
 */
import { unknownName } from '../messages/suggest.ts'
import { basisGrondwaarden, exampleGrondwaarde } from './support/examples.ts'
import { defineRule } from './support/rule.ts'

export default defineRule(
  {
    ruleId: 'register-uniek',
    severity: 'error',
    beschrijving:
      'Elk `id` in `effecten.yml` en `grondwaarden.yml` en elke `term` (en vorm) in `begrippen.yml` komt één keer voor, want een verwijzing moet naar één ding wijzen. De `wetten` en de `bron` van een grondwaarde noemen wetten uit `verordening.yml`.',
    oplossing: 'Geef elk effect, elke grondwaarde en elk begrip een eigen id of term, en gebruik de afkortingen van de wetten uit `verordening.yml`.',
    examples: [
      { titel: 'Goed: alles uniek', bestanden: {}, verwacht: [] },
      {
        titel: 'Fout: dubbele grondwaarde en een onbekende wet',
        bestanden: {
          'grondwaarden.yml': basisGrondwaarden + exampleGrondwaarde({ id: 'wmo.zelfredzaamheid', wetten: ['wmoo'] }),
        },
        verwacht: [
          'grondwaarden.yml:9:7: Id `wmo.zelfredzaamheid` staat twee keer in het register (ook als item 2), verwacht een eigen id voor elk item',
          'grondwaarden.yml:10:12: Onbekende wet `wmoo` bij grondwaarde `wmo.zelfredzaamheid`, bedoelt u `wmo`?',
        ],
      },
    ],
  },
  (_tree, file) => {
    const context = file.data.context
    if (!context) return
    const { effecten, grondwaarden, begrippen } = context.registries
    const duplicates = (keys: string[], place: (index: number) => ReturnType<NonNullable<typeof effecten>['place']>, what: string) => {
      const seen = new Map<string, number>()
      keys.forEach((key, index) => {
        const first = seen.get(key.toLowerCase())
        if (first === undefined) seen.set(key.toLowerCase(), index)
        else
          file.message(
            `${what} \`${key}\` staat twee keer in het register (ook als item ${first + 1}), verwacht een eigen ${what.toLowerCase()} voor elk item`,
            { place: place(index) },
          )
      })
    }
    if (file.data.kind === 'effecten' && effecten)
      duplicates(
        effecten.data.map((effect) => effect.id),
        (index) => effecten.place([index, 'id']),
        'Id',
      )
    if (file.data.kind === 'begrippen' && begrippen) {
      begrippen.data.forEach((begrip, index) => {
        for (const [position, form] of begrip.vormen.entries()) {
          const owner = context.begripByForm.get(form.toLowerCase())
          if (owner && owner !== begrip)
            file.message(`Vorm \`${form}\` hoort ook bij begrip \`${owner.term}\`, verwacht elke vorm bij één begrip`, {
              place: begrippen.place([index, 'vormen', position]),
            })
        }
      })
      duplicates(
        begrippen.data.map((begrip) => begrip.term),
        (index) => begrippen.place([index, 'term']),
        'Term',
      )
    }
    if (file.data.kind === 'grondwaarden' && grondwaarden) {
      duplicates(
        grondwaarden.data.map((grondwaarde) => grondwaarde.id),
        (index) => grondwaarden.place([index, 'id']),
        'Id',
      )
      if (!context.registries.verordening) return
      grondwaarden.data.forEach((grondwaarde, index) => {
        const check = (wet: string, path: Array<string | number>) => {
          if (context.wetten.has(wet)) return
          file.message(unknownName({ soort: 'wet', naam: wet, bekend: context.wetten, waar: `bij grondwaarde \`${grondwaarde.id}\`` }), {
            place: grondwaarden.place([index, ...path]),
          })
        }
        grondwaarde.wetten.forEach((wet, position) => check(wet, ['wetten', position]))
        check(grondwaarde.bron.wet, ['bron', 'wet'])
      })
    }
  },
)
