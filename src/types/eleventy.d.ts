// Eleventy 3 ships no type declarations; this covers the part we call.
declare module '@11ty/eleventy' {
  interface EleventyOptions {
    configPath?: string
    quietMode?: boolean
    config?: (eleventyConfig: { addGlobalData(name: string, value: unknown): void }) => void
  }
  export default class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions)
    write(): Promise<unknown>
    /** Drops Eleventy's console output, also the forced "[11ty] Wrote …" line. */
    disableLogger(): void
  }
}
