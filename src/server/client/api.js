// Talking to the dashboard's JSON API. Errors come back as { error } with an HTTP status; they become thrown Errors.

export async function getJson(path, signal) {
  const response = await fetch(path, { signal, headers: { accept: "application/json" }, credentials: "same-origin" });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`);
  return body;
}

/** /api/runs/<id>/<suffix>?<params without empty values> */
export function runApi(runId, suffix = "", params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && v !== ""));
  const text = query.toString();
  return `/api/runs/${encodeURIComponent(runId)}${suffix ? `/${suffix}` : ""}${text ? `?${text}` : ""}`;
}
