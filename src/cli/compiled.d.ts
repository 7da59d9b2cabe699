// Types of compiled.js (plain JavaScript: it runs before anything can load TypeScript).

/**
 * The path of an up-to-date compiled main module of the project at `root` (default: this
 * project), building it if needed; undefined when that is not possible.
 */
export function compiledMain(root?: string): Promise<string | undefined>;

/** The command line's `main`, from the compiled cache when it can be used, else through tsx. */
export function loadMain(): Promise<(argv: string[]) => Promise<number>>;
