// The hoofdstuk most rule examples lay over the basic fixture: hoofdstuk 2
// (Wmo) with one artikel 2.1, whose parts a rule's example varies.
export interface ExampleParts {
  juridisch?: string
  inwoners?: string
}

export function wmoHoofdstuk({ juridisch = 'Het college kan hulp bieden.', inwoners = 'Wij kunnen u helpen.' }: ExampleParts = {}): string {
  return `---
hoofdstuk: 2
titel: Wmo
wet: wmo
---

::::artikel{nr="2.1" titel="Hulp" effect="meedoen" grondwaarde="wmo.zelfredzaamheid" grondslag="wmo:2.3.5"}
:::juridisch
${juridisch}
:::
:::inwoners
${inwoners}
:::
::::
`
}

/** The basic fixture's grondwaarden plus one of the Participatiewet (pw.bestaansminimum). */
export const grondwaardenMetPw = `- id: gedeeld.eigen-regie
  wetten: [pw, wmo]
  tekst: De inwoner houdt zo veel mogelijk zelf de regie.
  bron: { wet: wmo, artikel: "2.1.2" }
- id: wmo.zelfredzaamheid
  wetten: [wmo]
  tekst: Het bevorderen van de zelfredzaamheid en participatie.
  bron: { wet: wmo, artikel: "2.1.2" }
- id: pw.bestaansminimum
  wetten: [pw]
  tekst: Het garanderen van een bestaansminimum.
  bron: { wet: pw, artikel: "7" }
`
