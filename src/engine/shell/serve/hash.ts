// Deterministic hex strings derived from text (FNV-1a, repeated): MLflow names a model's
// environment `mlflow-<sha1 of its requirements>`; the simulator derives a stable stand-in from
// the served model, so the same model always reuses the same environment directory.
export function hexDigest(text: string, length = 40): string {
  let out = '';
  let salt = 0;
  while (out.length < length) {
    let h = 0x811c9dc5 ^ salt;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    out += (h >>> 0).toString(16).padStart(8, '0');
    salt++;
  }
  return out.slice(0, length);
}
