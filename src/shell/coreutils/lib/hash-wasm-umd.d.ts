// Types for hash-wasm's per-algorithm UMD builds (the package types only its main entry).
declare module 'hash-wasm/dist/*.umd.min.js' {
  const mod: Record<string, (data: Uint8Array) => Promise<string>>;
  export default mod;
}
