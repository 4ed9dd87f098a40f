/** The parts of Eleventy 3's API newsarchive uses; Eleventy ships no type declarations. */
declare module '@11ty/eleventy' {
  export interface EleventyConfig {
    directories: { input: string; output: string; includes: string; data: string };
    addPlugin<Options>(plugin: (config: EleventyConfig, options: Options) => void | Promise<void>, options?: Options): void;
    addGlobalData(name: string, value: unknown): EleventyConfig;
    addFilter(name: string, filter: (...args: never[]) => unknown): void;
    addAsyncFilter(name: string, filter: (...args: never[]) => Promise<unknown>): void;
    addPassthroughCopy(paths: string | Record<string, string>): void;
    addTemplate(virtualPath: string, content: unknown, data?: Record<string, unknown>): void;
    addTemplateFormats(formats: string): void;
    addWatchTarget(path: string): void;
    setQuietMode(quiet: boolean): void;
    setServerOptions(options: Record<string, unknown>): void;
    setWatchThrottleWaitTime(milliseconds: number): void;
    setServerPassthroughCopyBehavior(behavior: 'copy' | 'passthrough'): void;
    on(event: string, listener: (...args: never[]) => unknown): void;
    ignores: Set<string>;
    watchIgnores: Set<string>;
  }

  export interface EleventyOptions {
    configPath?: string;
    pathPrefix?: string;
    quietMode?: boolean;
    runMode?: 'build' | 'serve' | 'watch';
    config?: (config: EleventyConfig) => void | Promise<void>;
  }

  export interface WriteResult {
    inputPath: string;
    outputPath: string | false;
    url: string | false;
  }

  export default class Eleventy {
    constructor(input?: string, output?: string, options?: EleventyOptions);
    init(): Promise<void>;
    write(): Promise<[unknown[], WriteResult[]]>;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
    stopWatch(): Promise<void>;
    setIsVerbose(verbose: boolean): void;
    /** Eleventy's console logger; `overrideLogger` redirects what it prints. */
    readonly logger: { overrideLogger(logger: Pick<Console, 'log' | 'info' | 'warn' | 'error'> | false): void };
    /** `freeze()` makes the constructor's input and output win over the config file's. */
    readonly directories: { freeze(): void };
  }
}

declare module '@11ty/eleventy-plugin-rss' {
  export function dateToRfc3339(date: Date): string;
  export function absoluteUrl(url: string, base: string): string;
  export function convertHtmlToAbsoluteUrls(html: string, base: string, options?: { closingSingleTag?: 'slash' | 'tag' | 'default' }): Promise<string>;
}

declare module '@11ty/eleventy-dev-server' {
  interface DevServerOptions {
    pathPrefix?: string;
    liveReload?: boolean;
    domDiff?: boolean;
    watch?: string[];
    logger?: { info: (message: unknown) => void; log: (message: unknown) => void; error: (message: unknown) => void };
  }
  interface DevServer {
    serve(port: number): void;
    reload(event?: { files?: string[]; subtype?: string }): void;
    close(): Promise<void>;
  }
  const EleventyDevServer: { getServer(name: string, dir: string, options?: DevServerOptions): DevServer };
  export default EleventyDevServer;
}
