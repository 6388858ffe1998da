// @11ty/eleventy-dev-server ships no type declarations; this covers what we call.
declare module '@11ty/eleventy-dev-server' {
  interface DevServerOptions {
    port?: number
    liveReload?: boolean
    domDiff?: boolean
    showVersion?: boolean
    messageOnStart?: (info: { hosts: string[]; localhostUrl: string }) => string | false
  }
  interface DevServer {
    serve(port: number): void
    /** Sends `{ type: 'eleventy.reload', ...event }` to every open page; no templates = a full reload. */
    reload(event: { files: string[]; subtype?: 'css'; build: { templates: never[] } }): void
    close(): Promise<void>
  }
  const EleventyDevServer: { getServer(name: string, dir: string, options?: DevServerOptions): DevServer }
  export default EleventyDevServer
}
