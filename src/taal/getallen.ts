// Dutch cardinal numbers written as words, as they stand in a verordening
// ("binnen zes weken", "twaalf maanden", "honderd procent"). One table for the
// wettelijke termijnen (taal/termijnen.ts) and the parameters of a comparison
// across gemeenten (compare/gemeenten/parameters.ts).

export const getalWoorden: Readonly<Record<string, number>> = {
  een: 1,
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
  twintig: 20,
  eenentwintig: 21,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
  honderd: 100,
}

/** The words as a regular-expression alternative, longest first (so "zeventien" wins over "zeven"). */
export const getalWoordPatroon = Object.keys(getalWoorden)
  .sort((a, b) => b.length - a.length)
  .join('|')
