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
