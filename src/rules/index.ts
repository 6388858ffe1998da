// The rules of `verordening check`, in the order the authoring guide lists them.

import afbeeldingAlt from './afbeelding-alt.ts'
import artikelDelen from './artikel-delen.ts'
import artikelEffect from './artikel-effect.ts'
import artikelGrondslag from './artikel-grondslag.ts'
import artikelGrondwaarde from './artikel-grondwaarde.ts'
import begripDefinitie from './begrip-definitie.ts'
import begripDubbel from './begrip-dubbel.ts'
import begripGebruikt from './begrip-gebruikt.ts'
import begripGedefinieerd from './begrip-gedefinieerd.ts'
import begripUitleg from './begrip-uitleg.ts'
import begripWet from './begrip-wet.ts'
import casusAfwijking from './casus-afwijking.ts'
import casusPrivacy from './casus-privacy.ts'
import casusVerwijzing from './casus-verwijzing.ts'
import contactGegevens from './contact-gegevens.ts'
import dienstGekoppeld from './dienst-gekoppeld.ts'
import directiveAfgesloten from './directive-afgesloten.ts'
import directiveAttributen from './directive-attributen.ts'
import directiveBekend from './directive-bekend.ts'
import directivePlaats from './directive-plaats.ts'
import directiveVorm from './directive-vorm.ts'
import effectEigenArtikel from './effect-eigen-artikel.ts'
import effectGerealiseerd from './effect-gerealiseerd.ts'
import effectVastgesteld from './effect-vastgesteld.ts'
import geenHtml from './geen-html.ts'
import grondwaardeGebruikt from './grondwaarde-gebruikt.ts'
import hoofdstukKop from './hoofdstuk-kop.ts'
import indicatorActueel from './indicator-actueel.ts'
import indicatorRegister from './indicator-register.ts'
import inwonersActueel from './inwoners-actueel.ts'
import inwonersKenmerken from './inwoners-kenmerken.ts'
import inwonersTermijn from './inwoners-termijn.ts'
import inwonersTitel from './inwoners-titel.ts'
import kaderBekend from './kader-bekend.ts'
import kaderGebruikt from './kader-gebruikt.ts'
import kaderRegister from './kader-register.ts'
import linkVeilig from './link-veilig.ts'
import nogInvullen from './nog-invullen.ts'
import nummeringArtikel from './nummering-artikel.ts'
import nummeringHoofdstuk from './nummering-hoofdstuk.ts'
import nummeringLid from './nummering-lid.ts'
import nummeringOnderdeel from './nummering-onderdeel.ts'
import raadsbesluitGegevens from './raadsbesluit-gegevens.ts'
import registerUniek from './register-uniek.ts'
import type { Rule } from './support/rule.ts'
import taalBegripUitleg from './taal-begrip-uitleg.ts'
import taalLeesbaarheid from './taal-leesbaarheid.ts'
import taalLijdendeVorm from './taal-lijdende-vorm.ts'
import taalMoeilijkWoord from './taal-moeilijk-woord.ts'
import taalSpelling from './taal-spelling.ts'
import taalZinslengte from './taal-zinslengte.ts'
import tekensOnzichtbaar from './tekens-onzichtbaar.ts'
import tekensVerwarrend from './tekens-verwarrend.ts'
import variantGemeenten from './variant-gemeenten.ts'
import variantLeeg from './variant-leeg.ts'
import verplichteArtikelen from './verplichte-artikelen.ts'
import verwijzingArtikel from './verwijzing-artikel.ts'
import verwijzingTekst from './verwijzing-tekst.ts'
import verwijzingWet from './verwijzing-wet.ts'
import waardeBekend from './waarde-bekend.ts'
import wetOpdracht from './wet-opdracht.ts'
import wetTermijn from './wet-termijn.ts'

export const rules: Rule[] = [
  directiveVorm,
  directiveAfgesloten,
  directiveBekend,
  directiveAttributen,
  directivePlaats,
  hoofdstukKop,
  nummeringHoofdstuk,
  nummeringArtikel,
  nummeringLid,
  nummeringOnderdeel,
  artikelDelen,
  artikelEffect,
  effectVastgesteld,
  artikelGrondwaarde,
  artikelGrondslag,
  verwijzingArtikel,
  verwijzingWet,
  verwijzingTekst,
  begripGedefinieerd,
  begripGebruikt,
  begripUitleg,
  effectGerealiseerd,
  effectEigenArtikel,
  grondwaardeGebruikt,
  contactGegevens,
  inwonersKenmerken,
  inwonersTitel,
  verplichteArtikelen,
  nogInvullen,
  afbeeldingAlt,
  linkVeilig,
  geenHtml,
  tekensOnzichtbaar,
  tekensVerwarrend,
  registerUniek,
  taalZinslengte,
  taalLeesbaarheid,
  taalMoeilijkWoord,
  taalLijdendeVorm,
  taalBegripUitleg,
  taalSpelling,
  kaderBekend,
  kaderGebruikt,
  dienstGekoppeld,
  kaderRegister,
  casusVerwijzing,
  casusPrivacy,
  casusAfwijking,
  inwonersActueel,
  wetOpdracht,
  wetTermijn,
  inwonersTermijn,
  begripDefinitie,
  begripDubbel,
  begripWet,
  indicatorRegister,
  indicatorActueel,
  raadsbesluitGegevens,
  waardeBekend,
  variantGemeenten,
  variantLeeg,
]
