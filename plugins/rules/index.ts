// The rules of `verordening check`, in the order the authoring guide lists them.
import type { Rule } from '../rule.ts'
import artikelDelen from './artikel-delen.ts'
import artikelEffect from './artikel-effect.ts'
import artikelGrondslag from './artikel-grondslag.ts'
import artikelGrondwaarde from './artikel-grondwaarde.ts'
import directiveAttributen from './directive-attributen.ts'
import directiveAfgesloten from './directive-afgesloten.ts'
import directiveBekend from './directive-bekend.ts'
import directivePlaats from './directive-plaats.ts'
import effectVastgesteld from './effect-vastgesteld.ts'
import hoofdstukKop from './hoofdstuk-kop.ts'
import nummeringArtikel from './nummering-artikel.ts'
import nummeringHoofdstuk from './nummering-hoofdstuk.ts'
import nummeringLid from './nummering-lid.ts'
import nummeringOnderdeel from './nummering-onderdeel.ts'

export const rules: Rule[] = [directiveAfgesloten, directiveBekend, directiveAttributen, directivePlaats, hoofdstukKop, nummeringHoofdstuk, nummeringArtikel, nummeringLid, nummeringOnderdeel, artikelDelen, artikelEffect, effectVastgesteld, artikelGrondwaarde, artikelGrondslag]
