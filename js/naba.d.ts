// Types of the package's entry point (js/naba.js); everything else comes from the wasm-bindgen module.
export * from './naba_core.js';
import type { InitInput, InitOutput, SyncInitInput } from './naba_core.js';

export interface InitOptions {
  /** The `.wasm`: URL, Response, bytes or a compiled module. Default: `naba_core_bg.wasm` beside naba.js. */
  module_or_path?: InitInput | Promise<InitInput>;
  /** The tagger's model: URL, Response or bytes. Default: `naba.model` beside naba.js. */
  model?: string | URL | Request | Response | ArrayBuffer | ArrayBufferView;
}

/** Fetches the module and the model at once; resolves when `parse`, `tag` and `analyze` are ready. */
export default function init(options?: InitOptions): Promise<InitOutput>;

/** Synchronous set-up from bytes (Node, tests): without `model`, only `parse` works until `loadModel`. */
export function initSync(options: { module: SyncInitInput; model?: ArrayBuffer | ArrayBufferView }): InitOutput;
