// Types of layers.mjs for the unit test that runs it.
export interface LayerRule {
  readonly imports: readonly string[];
  readonly types?: readonly string[];
}
export declare const LAYERS: Readonly<Record<string, LayerRule>>;
export declare function layerViolations(srcDir: string): string[];
