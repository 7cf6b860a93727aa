import { PROBLEM_REASONS, PROBLEMS } from '../errors/problems';
import { IMPLIES, PERMISSIONS, ROLE_GRANTS } from '../middleware/auth/permissions';

/** The parts of an OpenAPI 3.1 document the reference page reads. */
interface OpenApiDoc {
  info: { title: string; version: string; description?: string };
  tags?: { name: string; description?: string }[];
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: Schema }[];
  requestBody?: { description?: string; required?: boolean; content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>;
  'x-required-permission'?: string;
}

type Schema = {
  $ref?: string;
  type?: string | string[];
  description?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  additionalProperties?: boolean | Schema;
  format?: string;
  pattern?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  example?: unknown;
};

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

const esc = (s: unknown): string =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Escaped text with `code` spans, for descriptions. */
const prose = (s: unknown): string => esc(s).replace(/`([^`]+)`/g, '<code>$1</code>');

const refName = (ref: string) => ref.split('/').pop() ?? ref;
const anchor = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, '-');

/** A one-line type label: `string`, `array of Flow`, `"a" | "b"`. */
function typeLabel(s: Schema | undefined): string {
  if (!s) return 'any';
  if (s.$ref) return `<a href="#schema-${anchor(refName(s.$ref))}">${esc(refName(s.$ref))}</a>`;
  if (s.const !== undefined) return `<code>${esc(JSON.stringify(s.const))}</code>`;
  if (s.enum) return s.enum.map((v) => `<code>${esc(JSON.stringify(v))}</code>`).join(' | ');
  const union = s.anyOf ?? s.oneOf;
  if (union) return union.map(typeLabel).join(' | ');
  if (s.allOf) return s.allOf.map(typeLabel).join(' &amp; ');
  const type = Array.isArray(s.type) ? s.type.join(' | ') : s.type;
  if (type === 'array') return `array of ${typeLabel(s.items)}`;
  if (type === 'object' && !s.properties && s.additionalProperties && typeof s.additionalProperties === 'object') {
    return `map of ${typeLabel(s.additionalProperties)}`;
  }
  return esc(type ?? 'any') + (s.format ? ` <span class="muted">(${esc(s.format)})</span>` : '');
}

function constraints(s: Schema): string {
  const parts: string[] = [];
  if (s.pattern) parts.push(`pattern <code>${esc(s.pattern)}</code>`);
  if (s.minLength !== undefined) parts.push(`min length ${s.minLength}`);
  if (s.maxLength !== undefined) parts.push(`max length ${s.maxLength}`);
  if (s.minimum !== undefined) parts.push(`≥ ${s.minimum}`);
  if (s.maximum !== undefined) parts.push(`≤ ${s.maximum}`);
  if (s.minItems !== undefined) parts.push(`at least ${s.minItems} items`);
  if (s.maxItems !== undefined) parts.push(`at most ${s.maxItems} items`);
  if (s.default !== undefined) parts.push(`default <code>${esc(JSON.stringify(s.default))}</code>`);
  return parts.length ? `<span class="muted">${parts.join(', ')}</span>` : '';
}

/** The fields of an object schema as a nested list (refs are links, not expanded, so nothing recurses forever). */
function fields(s: Schema | undefined, depth = 0): string {
  if (!s || depth > 4) return '';
  const target = s.type === 'array' && s.items && !s.items.$ref ? s.items : s;
  const union = target.anyOf ?? target.oneOf;
  if (union && depth < 3) {
    return `<ul class="fields">${union
      .map((u, i) => `<li><span class="muted">option ${i + 1}:</span> ${typeLabel(u)}${fields(u, depth + 1)}</li>`)
      .join('')}</ul>`;
  }
  if (!target.properties) return '';
  const required = new Set(target.required ?? []);
  const items = Object.entries(target.properties).map(([name, p]) => {
    const desc = p.description ? ` — ${prose(p.description)}` : '';
    return `<li><code class="field">${esc(name)}</code>${required.has(name) ? '<span class="req">required</span>' : ''} ${typeLabel(p)} ${constraints(p)}${desc}${p.$ref ? '' : fields(p, depth + 1)}</li>`;
  });
  return `<ul class="fields">${items.join('')}</ul>`;
}

function operation(method: string, path: string, op: Operation): string {
  const id = anchor(`op-${method}-${path}`);
  const scope = op['x-required-permission'];
  const params = (op.parameters ?? [])
    .map(
      (p) =>
        `<tr><td><code>${esc(p.name)}</code>${p.required ? '<span class="req">required</span>' : ''}</td><td>${esc(p.in)}</td><td>${typeLabel(p.schema)} ${p.schema ? constraints(p.schema) : ''}</td><td>${prose(p.description ?? p.schema?.description ?? '')}</td></tr>`,
    )
    .join('');
  const body = op.requestBody?.content
    ? Object.entries(op.requestBody.content)
        .map(
          ([type, c]) =>
            `<div class="block"><div class="label">Body <code>${esc(type)}</code>${op.requestBody?.description ? ` — ${prose(op.requestBody.description)}` : ''}</div><div>${typeLabel(c.schema)}</div>${fields(c.schema)}</div>`,
        )
        .join('')
    : '';
  const responses = Object.entries(op.responses ?? {})
    .map(([status, r]) => {
      const content = Object.entries(r.content ?? {})
        .map(([type, c]) => `<code>${esc(type)}</code> ${typeLabel(c.schema)}`)
        .join('<br>');
      return `<tr><td class="status s${esc(status[0])}">${esc(status)}</td><td>${prose(r.description ?? '')}</td><td>${content}</td></tr>`;
    })
    .join('');
  return `<section class="op" id="${id}">
  <h3><span class="method ${esc(method)}">${esc(method.toUpperCase())}</span> <code class="path">${esc(path)}</code>${
    scope ? ` <span class="scope">${esc(scope)}</span>` : ' <span class="scope public">public</span>'
  }</h3>
  ${op.summary ? `<p class="summary">${prose(op.summary)}</p>` : ''}
  ${op.description ? `<p>${prose(op.description)}</p>` : ''}
  ${params ? `<table><thead><tr><th>Parameter</th><th>In</th><th>Type</th><th>Description</th></tr></thead><tbody>${params}</tbody></table>` : ''}
  ${body}
  <table class="responses"><thead><tr><th>Status</th><th>Meaning</th><th>Body</th></tr></thead><tbody>${responses}</tbody></table>
</section>`;
}

const STYLE = `
:root{--fg:#1b1f24;--muted:#667085;--line:#e4e7ec;--bg:#fff;--soft:#f6f7f9;--accent:#0f766e}
*{box-sizing:border-box}body{margin:0;font:15px/1.55 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:var(--fg);background:var(--bg)}
header{padding:28px 40px;border-bottom:1px solid var(--line);background:var(--soft)}h1{margin:0 0 4px;font-size:26px}
.layout{display:grid;grid-template-columns:290px 1fr;min-height:100vh}nav{border-right:1px solid var(--line);padding:20px;position:sticky;top:0;height:100vh;overflow:auto;font-size:13px}
nav a{color:var(--fg);text-decoration:none;display:block;padding:2px 0}nav a:hover{color:var(--accent)}nav h4{margin:16px 0 4px;text-transform:uppercase;font-size:11px;color:var(--muted);letter-spacing:.06em}
main{padding:20px 40px 80px;max-width:1100px}h2{margin-top:40px;border-bottom:1px solid var(--line);padding-bottom:6px}
.op{border:1px solid var(--line);border-radius:10px;padding:14px 18px;margin:18px 0}.op h3{margin:0;font-size:16px;display:flex;gap:10px;align-items:center;flex-wrap:wrap}
.method{font-size:12px;font-weight:700;border-radius:5px;padding:2px 8px;color:#fff}.get{background:#2563eb}.post{background:#059669}.put{background:#d97706}.delete{background:#dc2626}.patch{background:#7c3aed}
.path{font-size:15px}.scope{font-size:12px;background:#ecfdf5;color:var(--accent);border:1px solid #a7f3d0;border-radius:20px;padding:1px 9px}.scope.public{background:var(--soft);color:var(--muted);border-color:var(--line)}
.summary{font-weight:600;margin:8px 0 4px}table{border-collapse:collapse;width:100%;margin:10px 0;font-size:13px}th,td{border-bottom:1px solid var(--line);text-align:left;padding:6px 8px;vertical-align:top}th{color:var(--muted);font-weight:600}
.status{font-weight:700}.s2{color:#059669}.s4{color:#b45309}.s5{color:#dc2626}.muted{color:var(--muted);font-size:12px}.req{font-size:11px;color:#b91c1c;margin-left:6px}
.block{background:var(--soft);border-radius:8px;padding:10px 14px;margin:10px 0;font-size:13px}.label{font-weight:600;margin-bottom:4px}
ul.fields{margin:4px 0 4px 4px;padding-left:16px;border-left:2px solid var(--line)}ul.fields li{margin:3px 0}code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.92em}code.field{font-weight:600}
a{color:var(--accent)}dl dt{font-weight:600;margin-top:10px}dl dd{margin:2px 0 0 0;color:#344054}`;

/**
 * A self-contained HTML reference page rendered from the OpenAPI document: every operation with its scope,
 * parameters, body fields and responses; the schemas; the problem types; the scopes. No scripts, no CDN.
 */
export function renderDocsPage(doc: OpenApiDoc): string {
  // Groups in the order the document lists its tags, then any others.
  const byTag = new Map<string, { method: string; path: string; op: Operation }[]>(
    (doc.tags ?? []).map((t) => [t.name, []]),
  );
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const tag = op.tags?.[0] ?? 'Other';
      byTag.set(tag, [...(byTag.get(tag) ?? []), { method, path, op }]);
    }
  }
  for (const [tag, ops] of byTag) if (ops.length === 0) byTag.delete(tag);
  const about = new Map((doc.tags ?? []).map((t) => [t.name, t.description ?? '']));
  const nav = [...byTag.entries()]
    .map(
      ([tag, ops]) =>
        `<h4>${esc(tag)}</h4>${ops.map((o) => `<a href="#${anchor(`op-${o.method}-${o.path}`)}"><b>${esc(o.method.toUpperCase())}</b> ${esc(o.path)}</a>`).join('')}`,
    )
    .join('');
  const sections = [...byTag.entries()]
    .map(
      ([tag, ops]) =>
        `<h2 id="tag-${anchor(tag)}">${esc(tag)}</h2>${about.get(tag) ? `<p>${prose(about.get(tag))}</p>` : ''}${ops
          .map((o) => operation(o.method, o.path, o.op))
          .join('')}`,
    )
    .join('');
  const schemas = Object.entries(doc.components?.schemas ?? {})
    .map(
      ([name, s]) =>
        `<section class="op" id="schema-${anchor(name)}"><h3><code>${esc(name)}</code></h3>${s.description ? `<p>${esc(s.description)}</p>` : ''}<div>${typeLabel({ ...s, $ref: undefined })}</div>${fields(s)}</section>`,
    )
    .join('');
  const problems = Object.entries(PROBLEMS)
    .map(
      ([slug, p]) =>
        `<dt id="problem-${slug}"><code>/docs#problem-${slug}</code> — ${p.status} ${esc(p.title)}</dt><dd>${prose(p.about)}</dd>`,
    )
    .join('');
  const reasons = Object.entries(PROBLEM_REASONS)
    .map(
      ([code, r]) =>
        `<dt id="code-${code}"><code>${code}</code> — <code>${r.problem}</code></dt><dd>${prose(r.about)}</dd>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(doc.info.title)} reference</title><style>${STYLE}</style></head>
<body><div class="layout"><nav><b>${esc(doc.info.title)}</b> <span class="muted">v${esc(doc.info.version)}</span>
<h4>Guide</h4><a href="#auth">Authentication</a><a href="#problems">Errors</a><a href="/openapi.json">openapi.json</a>${nav}<h4>Schemas</h4><a href="#schemas">All schemas</a></nav>
<main><header><h1>${esc(doc.info.title)}</h1><div class="muted">OpenAPI ${esc((doc as { openapi?: string }).openapi ?? '3.1.0')} · version ${esc(doc.info.version)} · <a href="/openapi.json">/openapi.json</a></div>${
    doc.info.description ? `<p>${esc(doc.info.description)}</p>` : ''
  }</header>
<h2 id="auth">Authentication</h2>
<p>Systems send <code>Authorization: Bearer &lt;key&gt;</code>; a key's scopes are permissions. People sign in (<code>POST /v1/auth/sign-in</code>, or OpenID Connect when configured) and get a session cookie; their roles give permissions, some limited to the queues and teams they belong to (<code>GET /v1/me</code> says which). Each operation names the permission it needs (<code>signed-in</code>: any person or key); <code>admin</code> implies all of them. Without a valid key or session the answer is 401; without the permission, 403. A state-changing request with a session cookie must come from Ruta's own pages and carry <code>X-CSRF-Token</code> (from <code>GET /v1/me</code>); key requests need neither. Each key and person has a request budget (429 with <code>Retry-After</code> when spent). Channel webhooks (<code>/v1/channels/…</code>) are authenticated by the provider's signature instead.</p>
<p>Permissions: ${PERMISSIONS.map((s) => `<code>${s}</code>`).join(', ')}. Included in others: ${Object.entries(IMPLIES)
    .map(([p, implied]) => `<code>${p}</code> → ${(implied ?? []).map((i) => `<code>${i}</code>`).join(', ')}`)
    .join('; ')}.</p>
<p>Roles: ${Object.entries(ROLE_GRANTS)
    .map(
      ([role, grants]) =>
        `<code>${role}</code>: ${Object.entries(grants)
          .map(
            ([p, reach]) =>
              `${p}${reach === 'all' ? '' : ` (${reach === 'own' ? 'own queues' : "teams' queues and members"})`}`,
          )
          .join(', ')}`,
    )
    .join('; ')}.</p>
<h2 id="problems">Errors</h2>
<p>Every error is <code>application/problem+json</code> (RFC 9457) with <code>type</code>, <code>title</code>, <code>code</code>, <code>status</code>, <code>detail</code>, <code>instance</code> and <code>requestId</code>; validation problems add <code>errors: [{ path, message, code, limit }]</code> naming each field. <code>title</code> and <code>detail</code> are English; <code>code</code> is stable, for a client to phrase the problem in its own language: the type's slug, or one of the finer reasons listed after the types.</p>
<dl>${problems}</dl>
<h3 id="problem-codes">Finer codes</h3>
<dl>${reasons}</dl>
${sections}
<h2 id="schemas">Schemas</h2>${schemas}
</main></div></body></html>`;
}
