import type { BuildOptions } from 'esbuild';

/** The esbuild options of a function's build that the report judges the bundling by. */
export interface BuildSettings {
  readonly format: string;
  readonly splitting: boolean;
  readonly minify: boolean;
  readonly mainFields: readonly string[];
  readonly alias: Readonly<Record<string, string>>;
  readonly legalComments?: string;
}

export function buildSettingsOf(options: BuildOptions): BuildSettings {
  return {
    format: options.format ?? 'iife',
    splitting: options.splitting === true,
    minify: options.minify === true,
    mainFields: options.mainFields ?? [],
    alias: options.alias ?? {},
    ...(options.legalComments ? { legalComments: options.legalComments } : {}),
  };
}
