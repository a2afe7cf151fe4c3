const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** A minimal page for the emulator's own screens; `body` must already be escaped. */
export function htmlPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 56rem; padding: 0 1rem; color: #1d2433; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border-bottom: 1px solid #d6dae3; padding: .4rem .6rem; text-align: left; vertical-align: top; }
  code { word-break: break-all; }
  form { display: grid; gap: .6rem; max-width: 22rem; }
  input, button { font: inherit; padding: .4rem .6rem; }
  .error { color: #b00020; }
  .hint { color: #5b6478; font-size: .9rem; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
${body}
</body>
</html>`;
}
