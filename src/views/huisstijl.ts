// A gemeente's colours as design tokens (CSS custom properties) over the NL
// Design System theme. Only validated #RRGGBB values reach here (see the
// schema), so the generated stylesheet cannot carry anything but colours.
import type { Huisstijl } from '../model/schema.ts'

/** The default colours: a neutral government blue with AA contrast on white. */
export const defaultKleuren = {
  primair: '#01689b',
  primairTekst: '#ffffff',
  link: '#01689b',
  achtergrond: '#ffffff',
}

export function huisstijlTokens(huisstijl: Huisstijl): Record<string, string> {
  const kleuren = { ...defaultKleuren, ...stripUndefined(huisstijl.kleuren) }
  return {
    '--vo-kleur-primair': kleuren.primair,
    '--vo-kleur-primair-tekst': kleuren.primairTekst,
    '--vo-kleur-link': kleuren.link,
    '--vo-kleur-achtergrond': kleuren.achtergrond,
    '--utrecht-link-color': kleuren.link,
    '--utrecht-link-visited-color': kleuren.link,
    '--utrecht-button-primary-action-background-color': kleuren.primair,
    '--utrecht-button-primary-action-color': kleuren.primairTekst,
    '--utrecht-page-header-background-color': kleuren.primair,
    '--utrecht-page-header-color': kleuren.primairTekst,
    '--utrecht-document-background-color': kleuren.achtergrond,
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>
}
