// Eleventy 3 ships no type declarations; this covers the part we call.
declare module '@11ty/eleventy' {
  /** The configuration API as `options.config` gets it (runEleventy in src/site/build-site.ts). */
  interface EleventyUserConfig {
    addGlobalData(name: string, value: unknown): void
    /** Emitted when Eleventy makes its Nunjucks environment, with the Nunjucks module it uses. */
    on(event: 'eleventy.engine.njk', listener: (engine: { nunjucks: unknown; environment: object }) => void): void
  }
  interface EleventyOptions {
    configPath?: string
    quietMode?: boolean
    config?: (eleventyConfig: EleventyUserConfig) => void
  }
  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions)
    write(): Promise<unknown>
    /** Drops Eleventy's console output, also the forced "[11ty] Wrote …" line. */
    disableLogger(): void
  }
}
