// The steps of a build, in order, as `buildSite`'s `onStep` names them; the
// command shows them as "Bouwen: stap 2 van 4 — …". In a module of their own
// so a command can know them without loading Eleventy.
export const buildSteps = ['de verordening controleren', 'de pagina’s voorbereiden', 'de pagina’s schrijven', 'de site plaatsen'] as const
