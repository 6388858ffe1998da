// Eleventy configuration of the site. The site's data (`site`, see
// src/views/types.ts) is added by `verordening build`, which checks the
// verordening first and renders the model; templates only place that data.
export default function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy({ 'site/assets': 'assets' })
  eleventyConfig.addPassthroughCopy({
    'node_modules/@utrecht/component-library-css/dist/index.css': 'assets/nlds/component-library.css',
    'node_modules/@utrecht/design-tokens/dist/index.css': 'assets/nlds/design-tokens.css',
  })
  // Numbers as a Dutch reader writes them: 89,5 (and a dash for "none").
  eleventyConfig.addFilter('getal', (value) => (value === null || value === undefined ? '–' : Number(value).toLocaleString('nl-NL')))
  eleventyConfig.setQuietMode(true)
  return {
    dir: { input: 'site', includes: '_includes', data: '_data' },
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
  }
}
