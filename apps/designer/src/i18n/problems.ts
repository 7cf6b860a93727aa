/**
 * The API's problems (RFC 9457) in the person's language. The API writes `title` and `detail` in English for systems;
 * every problem also carries a stable `code` (its type's slug or a finer reason) and the members needed to phrase it
 * (`errors[]`, `limit`, `retryAfter`, `queue`…), so the designer words each code here, once, for every screen that
 * shows an error. A code this table does not know (an API newer than the designer) falls back to the API's text.
 */
import type { Schemas } from '@ruta/client';
import type { Problem } from '../api/types';
import { FIELD_LABELS } from './fields';
import { format } from './format';
import type { Lang } from './types';

type L = { es: string; en: string };
const t = (es: string, en: string): L => ({ es, en });

/**
 * Every code the API answers (from its OpenAPI document, so a new one fails type-checking until it has words here),
 * plus the designer's own: `network` (the request never reached the API), `offline` (no Ruta server behind the page).
 */
export type ProblemCode = Schemas['Problem']['code'] | 'network' | 'offline';

/** What each code says; `{placeholders}` come from the problem (see {@link problemVars}). */
export const PROBLEM_TEXTS: Record<ProblemCode, L> = {
  'bad-request': t('La solicitud no se pudo leer.', 'The request could not be read.'),
  validation: t('Revisa los datos: {fieldIssue}', 'Check the data: {fieldIssue}'),
  unauthorized: t('Inicia sesión para continuar.', 'Sign in to continue.'),
  'session-expired': t('Tu sesión terminó: vuelve a iniciar sesión.', 'Your session ended: sign in again.'),
  'sign-in-failed': t('El correo o la contraseña no son correctos.', 'The email or the password is not right.'),
  forbidden: t(
    'No tienes permiso para hacer esto (se necesita «{requiredPermission}»). Pídeselo a un administrador.',
    'You are not allowed to do this (it needs “{requiredPermission}”). Ask an admin.',
  ),
  'password-change-required': t('Primero elige una contraseña nueva.', 'Choose a new password first.'),
  'csrf-failed': t(
    'La solicitud no vino de Ruta: recarga la página e inténtalo de nuevo.',
    'The request did not come from Ruta: reload the page and try again.',
  ),
  'not-found': t('No existe (o se eliminó).', 'It does not exist (or was deleted).'),
  'method-not-allowed': t('Esta acción no está disponible aquí.', 'This action is not available here.'),
  conflict: t(
    'No se pudo: alguien lo cambió mientras tanto. Recarga e inténtalo de nuevo.',
    'It could not be done: someone changed it meanwhile. Reload and try again.',
  ),
  'journey-not-running': t(
    'El recorrido ya terminó; no se puede cambiar.',
    'The journey already ended; it cannot be changed.',
  ),
  'journey-stuck': t(
    'El recorrido está atascado: no se puede cancelar ni saltar o reintentar un paso. Termínalo con un motivo.',
    'The journey is stuck: it cannot be cancelled and no step can be skipped or retried. Terminate it with a reason.',
  ),
  'nothing-to-retry': t('No hay un paso fallido que reintentar ahora.', 'There is no failed step to retry now.'),
  'nothing-to-skip': t(
    'El recorrido no está esperando: no hay nada que saltar.',
    'The journey is not waiting: there is nothing to skip.',
  ),
  'step-not-skippable': t(
    'Este paso se está ejecutando y no se puede saltar; reinténtalo o cancela el recorrido.',
    'This step is running and cannot be skipped; retry it or cancel the journey.',
  ),
  'flow-has-errors': t(
    'El flujo tiene {errorsText}: corrígelos antes de publicar o simular.',
    'The flow has {errorsText}: fix them before publishing or simulating.',
  ),
  'not-published': t('El flujo aún no está publicado.', 'The flow is not published yet.'),
  'not-scheduled': t('El flujo no tiene una programación.', 'The flow has no schedule.'),
  'payload-too-large': t('Es demasiado grande: el máximo es {limitText}.', 'It is too large: the most is {limitText}.'),
  'unsupported-media-type': t('Ese tipo de archivo no se acepta.', 'That kind of file is not accepted.'),
  'rate-limited': t(
    'Demasiadas solicitudes: espera {retryAfter} s e inténtalo de nuevo.',
    'Too many requests: wait {retryAfter} s and try again.',
  ),
  'provider-not-configured': t(
    'El proveedor del canal no está configurado en el servidor.',
    'The channel provider is not configured on the server.',
  ),
  unavailable: t(
    'El servicio no responde por ahora; inténtalo en un momento.',
    'The service does not answer right now; try again in a moment.',
  ),
  timeout: t(
    'El motor de recorridos no respondió a tiempo; inténtalo en un momento.',
    'The journey engine did not answer in time; try again in a moment.',
  ),
  internal: t(
    'Ocurrió un error inesperado (referencia {requestId}).',
    'An unexpected error occurred (reference {requestId}).',
  ),
  'case-held': t('Otra persona ya tomó este caso.', 'Someone else already took this case.'),
  'case-closed': t('Este caso ya está {caseStatusText}.', 'This case is already {caseStatusText}.'),
  'not-a-case': t('Es un ticket del CRM, no un caso de la bandeja.', 'It is a CRM ticket, not an inbox case.'),
  'case-in-queue': t('El caso ya está en la cola «{queue}».', 'The case is already in queue “{queue}”.'),
  'person-only': t('Solo una persona con sesión iniciada puede hacer esto.', 'Only a signed-in person can do this.'),
  'assignee-inactive': t('Esa persona no está activa.', 'That person is not active.'),
  'assignee-not-in-queue': t('Esa persona no atiende la cola «{queue}».', 'That person does not work queue “{queue}”.'),
  'customer-erased': t('Los datos de este cliente se borraron.', "This customer's data was erased."),
  'no-reply-channel': t(
    'El cliente no ha escrito y su perfil no tiene teléfono ni correo: elige el canal para responder.',
    'The customer has not written and their profile has no phone or email: choose the channel to answer on.',
  ),
  'stale-draft': t(
    'El borrador cambió mientras lo editabas: recarga y vuelve a editar.',
    'The draft changed while you edited it: reload and edit again.',
  ),
  'flow-exists': t(
    'Ya existe un flujo con ese identificador; impórtalo reemplazando su borrador.',
    'A flow with that id exists; import it replacing its draft.',
  ),
  'own-account': t(
    'No puedes desactivar tu propia cuenta; otro administrador puede hacerlo.',
    'You cannot deactivate your own account; another admin can.',
  ),
  'last-admin': t(
    'Es el último administrador activo: primero haz administrador a otra persona.',
    'This is the last active admin: make someone else an admin first.',
  ),
  'wrong-password': t('La contraseña actual no es correcta.', 'The current password is not right.'),
  'same-password': t(
    'Elige una contraseña distinta de la actual.',
    'Choose a password different from the current one.',
  ),
  'weak-password': t('La contraseña no cumple las reglas.', 'The password does not meet the rules.'),
  'journey-ended': t(
    'El recorrido ya terminó ({journeyStatusText}).',
    'The journey already ended ({journeyStatusText}).',
  ),
  network: t(
    'No hay conexión con Ruta; revisa tu red e inténtalo de nuevo.',
    'No connection to Ruta; check your network and try again.',
  ),
  offline: t('No disponible sin el servidor de Ruta.', 'Not available without the Ruta server.'),
};

/** What is wrong with one field, from its `code` (`required`, or zod's issue code) and `limit`. */
export const FIELD_ISSUE_TEXTS: Record<string, L> = {
  required: t('falta «{field}».', '“{field}” is missing.'),
  too_small: t('«{field}» debe tener al menos {limit}.', '“{field}” must be at least {limit}.'),
  too_big: t('«{field}» admite como máximo {limit}.', '“{field}” must be at most {limit}.'),
  invalid_type: t('«{field}» no tiene el tipo de dato esperado.', '“{field}” is not the expected kind of value.'),
  invalid_format: t('«{field}» no tiene el formato esperado.', '“{field}” is not in the expected format.'),
  invalid_value: t('«{field}» no es una de las opciones posibles.', '“{field}” is not one of the allowed options.'),
  unrecognized_keys: t('«{field}» tiene datos que no se esperaban.', '“{field}” has unexpected data.'),
  other: t('«{field}» no es válido.', '“{field}” is not valid.'),
};

/** Words for the API's body fields a person fills in the designer; others read by a flow's params' words, or as named. */
const API_FIELD_LABELS: Record<string, L> = {
  body: t('Texto', 'Text'),
  text: t('Texto', 'Text'),
  note: t('Nota', 'Note'),
  queue: t('Cola', 'Queue'),
  resolution: t('Resolución', 'Resolution'),
  reason: t('Motivo', 'Reason'),
  email: t('Correo', 'Email'),
  displayName: t('Nombre', 'Name'),
  name: t('Nombre', 'Name'),
  password: t('Contraseña', 'Password'),
  newPassword: t('Contraseña nueva', 'New password'),
  currentPassword: t('Contraseña actual', 'Current password'),
  roles: t('Roles', 'Roles'),
  title: t('Título', 'Title'),
  question: t('Pregunta', 'Question'),
  channel: t('Canal', 'Channel'),
};

/** The permissions a 403 may name (`requiredPermission`), as a person reads them. */
export const PERMISSION_TEXTS: Record<string, L> = {
  'events:write': t('enviar eventos', 'send events'),
  'flows:read': t('ver flujos', 'see flows'),
  'flows:write': t('editar flujos', 'edit flows'),
  'flows:publish': t('publicar flujos', 'publish flows'),
  'journeys:read': t('ver recorridos', 'see journeys'),
  'journeys:write': t('cambiar recorridos', 'change journeys'),
  'cases:read': t('ver casos', 'see cases'),
  'cases:write': t('atender casos', 'work cases'),
  'cases:assign': t('asignar casos', 'assign cases'),
  'customers:read': t('ver clientes', 'see customers'),
  'kb:read': t('ver la base de conocimiento', 'see the knowledge base'),
  'kb:write': t('editar la base de conocimiento', 'edit the knowledge base'),
  'keys:manage': t('administrar claves de API', 'manage API keys'),
  'activities:publish': t('publicar actividades', 'publish activities'),
  'users:read': t('ver personas', 'see people'),
  'users:manage': t('administrar personas', 'manage people'),
  admin: t('administrar Ruta', 'administer Ruta'),
};

/** Words for the statuses a problem may name (`caseStatus`, `journeyStatus`). */
const STATUS_TEXTS: Record<string, L> = {
  resolved: t('resuelto', 'resolved'),
  closed: t('cerrado', 'closed'),
  completed: t('completado', 'completed'),
  failed: t('con error', 'failed'),
  cancelled: t('cancelado', 'cancelled'),
  terminated: t('terminado', 'terminated'),
  timed_out: t('vencido', 'timed out'),
};

const CODES = new Set(Object.keys(PROBLEM_TEXTS));

/** The problem's code: its `code` member, else the slug of its `type` (`/docs#problem-<slug>`), if the table knows it. */
export function problemCode(problem: Problem): ProblemCode | null {
  const code = problem.code ?? /#problem-([\w-]+)$/.exec(problem.type ?? '')?.[1];
  return code && CODES.has(code) ? (code as ProblemCode) : null;
}

/** Bytes as a person reads them. */
function sizeText(bytes: number, lang: Lang): string {
  const locale = lang === 'es' ? 'es-CL' : 'en-US';
  if (bytes >= 1_048_576) return `${(bytes / 1_048_576).toLocaleString(locale, { maximumFractionDigits: 1 })} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024).toLocaleString(locale)} KB`;
  return `${bytes.toLocaleString(locale)} B`;
}

/** The first invalid field, in words: which field (by its label when the designer has one) and what is wrong. */
function fieldIssue(problem: Problem, lang: Lang): string {
  const first = problem.errors?.[0];
  if (!first) return lang === 'es' ? 'un dato no es válido.' : 'a value is not valid.';
  const name = first.path
    .split('.')
    .filter((p) => !/^\d+$/.test(p))
    .pop();
  const known = name ? (API_FIELD_LABELS[name] ?? FIELD_LABELS[name]) : undefined;
  const field = known ? known[lang] : (name ?? (lang === 'es' ? 'la solicitud' : 'the request'));
  const issue = FIELD_ISSUE_TEXTS[first.code ?? ''] ?? FIELD_ISSUE_TEXTS.other!;
  const limit = first.limit?.toLocaleString(lang === 'es' ? 'es-CL' : 'en-US') ?? '';
  const text = format(issue[lang], { field, limit });
  const more = (problem.errors?.length ?? 1) - 1;
  if (more === 0) return text;
  return `${text} ${lang === 'es' ? `(y ${more} más)` : `(and ${more} more)`}`;
}

/** «1 error», «3 errores». */
function errorsText(n: number, lang: Lang): string {
  if (lang === 'es') return `${n} ${n === 1 ? 'error' : 'errores'}`;
  return `${n} ${n === 1 ? 'error' : 'errors'}`;
}

/** The values a code's text may name, read from the problem's members. */
export function problemVars(problem: Problem, lang: Lang): Record<string, string | number> {
  const p = problem as Problem & Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? v : '');
  const status = (v: unknown) => (typeof v === 'string' ? (STATUS_TEXTS[v]?.[lang] ?? v) : '');
  return {
    requiredPermission:
      typeof p.requiredPermission === 'string'
        ? (PERMISSION_TEXTS[p.requiredPermission]?.[lang] ?? p.requiredPermission)
        : '',
    retryAfter: str(p.retryAfter) || 60,
    limitText: typeof p.limit === 'number' ? sizeText(p.limit, lang) : '',
    queue: str(p.queue),
    requestId: str(p.requestId),
    caseStatusText: status(p.caseStatus),
    journeyStatusText: status(p.journeyStatus),
    errorsText: errorsText(problem.errors?.length ?? 1, lang),
    fieldIssue: problemCode(problem) === 'validation' ? fieldIssue(problem, lang) : '',
  };
}

/**
 * A problem in the person's language. A code the designer does not know reads as the API sent it (title and detail).
 *
 * @example problemText({ title: 'Conflict', status: 409, code: 'case-held' }, 'es') // → «Otra persona ya tomó este caso.»
 */
export function problemText(problem: Problem, lang: Lang): string {
  const code = problemCode(problem);
  if (!code) return problem.detail ? `${problem.title}: ${problem.detail}` : problem.title;
  return format(PROBLEM_TEXTS[code][lang], problemVars(problem, lang));
}
