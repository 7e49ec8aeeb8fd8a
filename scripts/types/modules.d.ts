// Type declarations for packages that ship none; only what this project uses.
declare module "@11ty/eleventy-img" {
  interface ImageEntry { url: string; width: number; height: number; filename: string; outputPath: string; format: string; srcset: string }
  function Image(src: string | Buffer, options: Record<string, unknown>): Promise<Record<string, ImageEntry[] | undefined>>;
  export default Image;
}

declare module "@11ty/eleventy" {
  export default class Eleventy {
    constructor(input: string, output: string, options?: Record<string, unknown>);
    init(): Promise<void>;
    write(): Promise<unknown>;
    watch(): Promise<void>;
    serve(port?: number): void;
    stopWatch(): Promise<void>;
    setIgnoreInitial(ignore: boolean): void;
  }
}
