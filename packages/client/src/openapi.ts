// Generated from Ruta's OpenAPI document by apps/api/scripts/generate-client.ts: do not edit.
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Alive */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        } & {
                            [key: string]: components["schemas"]["JsonValue"];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The database and Temporal answer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ready to serve */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Readiness"];
                    };
                };
                /** @description A dependency is down */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send one event or a batch of up to 500
         * @description Each event is Ruta's simple form `{ id, type, customerId, data, time? }` or a CloudEvent 1.0 in structured JSON (`specversion`, `id`, `source`, `type`, `subject` = customer id or `data.customerId`, `data`). Every published flow whose trigger is this event type (and whose filter holds) starts a journey for the customer, following the flow's re-entry rule; journeys of the customer that wait for this type receive it. Idempotent on the event id: sending the same id again (even at the same time) answers the first answer, byte for byte, and starts nothing new (`Idempotent-Replayed: true`). A batch is validated as a whole (nothing is stored if any event is invalid); one event may be at most RUTA_EVENT_MAX_BYTES (default 256 KiB) of JSON (413 beyond, naming the limit), a batch at most RUTA_EVENTS_BODY_LIMIT; each event is processed on its own: one that fails does not fail the others sent at the same time; one customer's events are processed in the order sent.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            /** @description Also accepted as application/cloudevents+json and application/cloudevents-batch+json */
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SimpleEvent"] | components["schemas"]["CloudEvent"] | components["schemas"]["EventInput"][];
                };
            };
            responses: {
                /** @description Accepted: the journeys each event started, advanced or skipped */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventResult"] | components["schemas"]["BatchResult"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/event-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Event types received, most recently seen first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Event types */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["EventTypeList"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/event-types/{type}/schema": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The fields of an event type, learned from the newest events of that type
         * @description Reads the `data` of the newest events (default 50) and says, per top-level field, its type, whether every event had it, the values it takes when it repeats a few, and an example. A type never received answers no fields and `samples: 0`.
         */
        get: {
            parameters: {
                query?: {
                    /** @description How many of the newest events to read (default 50) */
                    limit?: number;
                };
                header?: never;
                path: {
                    type: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The learned fields */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InferredEventSchema"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List flows (newest change first) */
        get: {
            parameters: {
                query?: {
                    /** @description Matches id, name or description */
                    search?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Flows, without documents */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FlowList"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a flow from a document or a sample flow
         * @description The document is the draft; it may have compile errors (see validate). Its id becomes the flow id, made unique with a suffix when taken (409 if you pass `id` and it is taken).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateFlow"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Flow"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a flow document (as exported)
         * @description Creates the flow with the document's id; with `?replace=true` an existing flow's draft is replaced.
         */
        post: {
            parameters: {
                query?: {
                    replace?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["FlowDocument"];
                };
            };
            responses: {
                /** @description Draft replaced */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Flow"];
                    };
                };
                /** @description Imported */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Flow"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A flow with its draft document */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The flow id (f_…) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The flow (ETag: its revision) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Flow"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Replace the draft
         * @description Send the revision you edited as `revision` (or `If-Match: "<revision>"`) to be told (409) when someone saved in between; without it the draft is replaced.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The flow id (f_…) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateFlow"];
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Flow"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /**
         * Delete a flow
         * @description No new journeys start on it; running journeys finish on their version; versions are kept.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The flow id (f_…) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows/{id}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unpublish: no new journeys start (its schedule, if any, is deleted)
         * @description Running journeys finish on their version; versions and the draft are kept. Publishing again makes a new version current (and creates the schedule again). 409 `not-published` when it is not published.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The flow id (f_…) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The flow, now unpublished */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Flow"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the draft (or a version) as a flow document */
        get: {
            parameters: {
                query?: {
                    /** @description A published version (default: all / the draft) */
                    version?: number;
                };
                header?: never;
                path: {
                    /** @description The flow id (f_…) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The flow document (a file to keep in git) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FlowDocument"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows/{id}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Compile the draft and list its diagnostics */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The flow id (f_…) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Diagnostics (ok is false while there are errors) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ValidateResult"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows/{id}/simulate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Play scripted scenarios on the draft (or a version) on virtual time
         * @description The same interpreter as production on a virtual clock: a 14-day journey plays in milliseconds. Returns the path, the messages and the timers of each scenario.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The flow id (f_…) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Simulate"];
                };
            };
            responses: {
                /** @description One result per scenario */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["SimulateResult"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the draft as a new immutable version
         * @description Refused (409 `flow-has-errors`, with `diagnostics[]`) while the draft has errors. New journeys take the new version; running ones keep theirs. Publishing a draft equal to the current version creates nothing (200, `created: false`).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The flow id (f_…) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["Publish"];
                };
            };
            responses: {
                /** @description Unchanged */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublishResult"];
                    };
                };
                /** @description Published */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["PublishResult"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published versions, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The flow id (f_…) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Versions */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VersionList"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One published version with its document and plan */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The flow id (f_…) */
                    id: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The version */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Version"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows/{id}/versions/{a}/diff/{b}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed from version a to version b (either may be "draft") */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The flow id (f_…) */
                    id: string;
                    /** @description A version number or "draft" */
                    a: "draft" | number;
                    /** @description A version number or "draft" */
                    b: "draft" | number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Nodes and edges added, removed and changed, by id */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FlowDiff"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows/{id}/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make an earlier version current again
         * @description Publishes a copy of that version as a new version (versions only grow); the draft is left as it is.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The flow id (f_…) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["Rollback"];
                };
            };
            responses: {
                /** @description The new current version */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["VersionSummary"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows/{id}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Journeys per node and per edge (the canvas overlay) */
        get: {
            parameters: {
                query?: {
                    /** @description A published version (default: all / the draft) */
                    version?: number;
                };
                header?: never;
                path: {
                    /** @description The flow id (f_…) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Counts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FlowStats"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a journey on the current version for one customer (manual / API trigger)
         * @description Honours the flow's re-entry rule like an event would. Use it for `trigger.manual` flows and to try a flow.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The flow id (f_…) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["StartJourney"];
                };
            };
            responses: {
                /** @description Started (or skipped, with the reason) */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JourneyTouch"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A schedule flow's Temporal Schedule: timing, audience, next runs and recent runs
         * @description Publishing a flow whose trigger is a schedule creates its schedule (`ruta-schedule:<flowId>`); each run starts one journey per customer of the audience segment. 409 `not-scheduled` when the flow is not published or not started by a schedule.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The flow id (f_…) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The schedule */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FlowSchedule"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows/{id}/schedule/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pause the schedule (no runs until resumed)
         * @description Runs already going finish. A new version published meanwhile keeps the schedule paused.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The flow id (f_…) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ScheduleNote"];
                };
            };
            responses: {
                /** @description The schedule after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FlowSchedule"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows/{id}/schedule/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resume a paused schedule
         * @description Missed times are not made up.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The flow id (f_…) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ScheduleNote"];
                };
            };
            responses: {
                /** @description The schedule after the change */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["FlowSchedule"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/flows/{id}/schedule/trigger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the schedule now
         * @description Starts a run at once, whatever the timing and even while paused; the overlap policy still applies. Customers the flow's re-entry rule keeps out are skipped as in any run.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The flow id (f_…) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A run was requested */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScheduleTriggered"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/journeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List journeys, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description Flow id (alias: flowId) */
                    flow?: string;
                    flowId?: string;
                    version?: number;
                    /** @description Customer id (alias: customerId) */
                    customer?: string;
                    customerId?: string;
                    status?: "running" | "completed" | "failed" | "cancelled" | "terminated";
                    /** @description Journeys whose current node is this one (alias: nodeId) */
                    node?: string;
                    nodeId?: string;
                    limit?: number;
                    /** @description nextCursor of the previous page (a position: journeys started before it) */
                    cursor?: string;
                    /** @description true: only running journeys that need a person (stuck, or an activity failing), as last seen in Temporal */
                    attention?: "true" | "false";
                    /** @description Part of the customer's id or name (case-insensitive) */
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of journeys */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JourneyList"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/journeys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One journey: path, live state, messages and pending timers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The workflow id (URL-encode it) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The journey */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JourneyDetail"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/journeys/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a running journey (at once, even mid-wait)
         * @description The journey takes the cancel and records its own end. A journey whose workflow task keeps failing cannot take it: 409 `journey-stuck`, with `terminate.href` to end it. With `?force=true` such a journey (or one that does not answer in time) is terminated instead, with the reason (`action: terminated`).
         */
        post: {
            parameters: {
                query?: {
                    /** @description Terminate instead when the journey cannot take the cancel */
                    force?: "true" | "false";
                };
                header?: never;
                path: {
                    /** @description The workflow id (URL-encode it) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        reason?: string;
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                };
            };
            responses: {
                /** @description Cancelled (or terminated, with force) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JourneyControlResult"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/journeys/{id}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Terminate a running journey with a reason (the last resort)
         * @description Ends the journey in Temporal at once, without running another step: for a journey that is stuck (its workflow task keeps failing, so it cannot take a cancel) or must stop now. The journey gets status `terminated`, the reason (`endReason`) and an `end` step on its timeline. Prefer cancel, which lets the journey record its own end. 409 `journey-not-running` once it ended.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The workflow id (URL-encode it) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Why (kept on the journey and shown in Temporal) */
                        reason: string;
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                };
            };
            responses: {
                /** @description Terminated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JourneyControlResult"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/journeys/{id}/skip-wait": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the current wait now, as if its time ran out
         * @description A reply wait leaves by `timeout`, a handoff by `sla_breached`. 409 when the journey is not waiting.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The workflow id (URL-encode it) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": {
                        /** @description Only if it waits at this node */
                        nodeId?: string;
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                };
            };
            responses: {
                /** @description Skipped */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JourneyControlResult"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/journeys/{id}/retry-step": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry the failing activity now, with fresh attempts
         * @description For a running journey whose current activity keeps failing (Temporal is retrying it with backoff): resets the journey to the workflow task that scheduled the activity, so it runs again at once with attempt 1 and the same idempotency key. Signals received since are re-applied. A journey parked at a failed step runs the step again; a journey holding a message for missing data writes it again with the customer profile as the store has it now (update it first with PUT /v1/customers/{id}): it is sent, or it holds again and the answer says `heldAgain` with what is still missing (es/en). 409 `nothing-to-retry` when nothing is failing, parked or held; 409 `journey-not-running` once the journey ended (a failed journey stays failed: start a new one).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The workflow id (URL-encode it) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Retrying */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JourneyControlResult"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/journeys/{id}/skip-step": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Skip what the journey is doing now, when that can be done honestly
         * @description A wait ends as if its time ran out (like skip-wait). An activity that runs or keeps failing cannot be skipped from outside the journey (its result decides where the journey goes): 409 `step-not-skippable`; use retry-step or cancel.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description The workflow id (URL-encode it) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Skipped */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["JourneyControlResult"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Journeys that need a person, grouped by flow version, node and reason; messages left unconfirmed
         * @description Parked at a failed step (`activity_failed`), holding a message because a placeholder has no value (`missing_data`: fill in the customer profile, then retry), stuck (`workflow_task_failing`) or a step being retried (`activity_failing`), as the store knows them (never a scan of Temporal).
         */
        get: {
            parameters: {
                query?: {
                    flowId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The groups */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AttentionOverview"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attention/journeys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The journeys of one group, longest waiting first */
        get: {
            parameters: {
                query: {
                    flowId: string;
                    version?: number;
                    nodeId?: string;
                    reason: "activity_failed" | "missing_data" | "workflow_task_failing" | "activity_failing";
                    failureType?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The journeys */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AttentionJourneys"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attention/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry, skip or cancel the journeys of a group (all, or those listed), as a batch with progress
         * @description The journeys are chosen now; the action then runs in the background, a few journeys at a time. Poll `GET /v1/attention/bulk/{id}` for `done`/`total`. Journeys that cannot take the action (decided meanwhile, ended) are counted in `failed` with the reason.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        flowId: string;
                        version?: number;
                        nodeId?: string;
                        /** @enum {string} */
                        reason: "activity_failed" | "missing_data" | "workflow_task_failing" | "activity_failing";
                        failureType?: string;
                        /** @enum {string} */
                        action: "retry" | "skip" | "cancel";
                        /** @description Only these journeys of the group (all of the group when absent) */
                        ids?: string[];
                        /** @description For cancel: why, kept with each journey */
                        note?: string;
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                };
            };
            responses: {
                /** @description The batch, started */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BulkAction"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attention/bulk/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A bulk action's progress */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The batch */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BulkAction"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What journeys did in a date range: outcomes, waits, drop-off, A/B splits, CSAT, escalations
         * @description Journeys started from `from` to the day before `to`, both days in the viewer's time zone `tz`. Per version: entered, running, completed, goal reached, escalated, failed, cancelled. With a flow: time in each wait, drop-off per node, and each A/B split's conversion to a goal with 95% intervals and a two-proportion test verdict (es/en). CSAT over time and by flow, queue, channel and agent, with the comments and their sentiment; escalation reasons over time and the key phrases of the escalated messages per language, with examples. Computed from the database, never from Temporal visibility.
         */
        get: {
            parameters: {
                query: {
                    /** @description One flow; every flow when absent */
                    flowId?: string;
                    version?: number;
                    /** @description First day (in `tz`) */
                    from: string;
                    /** @description Day after the last (in `tz`) */
                    to: string;
                    /** @description An IANA time zone (canonical name), e.g. America/Santiago */
                    tz: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The figures */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Insights"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/insights/example": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Load the example data set: three sample flows and 230 journeys with known outcomes (admins)
         * @description Writes the data set `npm run seed:insights` writes, through the running API (a PGlite database serves one process, so this is how to load it while `npm start` runs). Flows `f_seed_ab`, `f_seed_bot` and `f_seed_csat`; journeys, customers, messages and cases whose ids start with `seed-`, from 2 to 8 March 2026 in America/Santiago. Loading it again replaces those rows and nothing else.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description What was written, and the range to open Insights on */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InsightsExampleData"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer profile (agents and supervisors: customers of their queues’ cases) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The profile */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Customer"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Create or update a customer
         * @description New journeys read the profile (name, locale, time zone, consent…) when they start.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CustomerInput"];
                };
            };
            responses: {
                /** @description The stored profile */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Customer"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /**
         * Erase a customer's personal data
         * @description Running journeys of the customer are terminated first (reason `customer data erased`). Profile fields are cleared and message bodies, event payloads, step details and ticket texts are redacted; ids, statuses and timestamps stay so counts remain true. Then every execution of the customer's journeys is deleted from Temporal (history and visibility). `temporal` says what Temporal did: what it would not delete is readable only with the encryption key (when RUTA_ENCRYPTION_KEY is set) and expires with the namespace retention (`retentionDays`). Afterwards the customer, its timeline and its export answer 404; a later PUT starts a fresh profile. 404 when nothing is stored under the id.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Rows touched per table */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErasureReport"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The customer's messages across channels, oldest first
         * @description Includes replies no journey waited for, and messages of unknown senders (id `unknown:<phone or email>`).
         */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    /** @description Only messages before this time */
                    before?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Messages */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Timeline"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/customers/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything stored about a customer (data subject access)
         * @description 404 once the customer was erased, or when nothing is stored under the id.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Profile, messages, journeys with steps, tickets, events */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CustomerExport"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/handoffs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open handoffs, most urgent first (agents and supervisors: of their queues) */
        get: {
            parameters: {
                query?: {
                    queue?: string;
                    /** @description At most this many, the most urgent (default all) */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Open handoffs */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HandoffList"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/handoffs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A handoff with its context and notes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The handoff */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ticket"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/handoffs/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve a handoff; its journey leaves the handoff node by `resolved`
         * @description A person resolves as themselves (the ticket is assigned to them); a system may name the `agent`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: {
                content: {
                    "application/json": components["schemas"]["ResolveHandoff"];
                };
            };
            responses: {
                /** @description Resolved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ResolveHandoffResult"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/handoffs/{id}/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Articles and a reply suggested to the agent, from the search the bot uses
         * @description Searches the published knowledge base for what the customer asked (the bot's question when a bot ran) and writes a reply from the best article, addressed to the customer in the question's language.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Suggested articles (best first) and reply */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["HandoffSuggestions"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/handoffs/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reassign a handoff: to a person, to nobody, or to another queue
         * @description Supervisors reassign within their teams’ queues. The assignee must be an active person who works the (new) queue or oversees it (409 otherwise); a queue outside your reach is 404.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["AssignHandoff"];
                };
            };
            responses: {
                /** @description Reassigned */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ticket"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/handoffs/{id}/context": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case's story: the journey's path, the sentiment trend, why it escalated, earlier cases */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The case with its context */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CaseContext"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/handoffs/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take an unassigned case for yourself
         * @description 409 when someone else holds it or it is closed; claiming a case you hold changes nothing.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Yours now */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ticket"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/handoffs/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an internal note (never sent to the customer) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CaseNote"];
                };
            };
            responses: {
                /** @description The case with its notes */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ticket"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/handoffs/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a case to another queue (unassigned), with a note saying why
         * @description Any queue may receive it (a specialist queue need not be yours); afterwards the case may be out of your reach.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["TransferCase"];
                };
            };
            responses: {
                /** @description Moved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Ticket"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/handoffs/{id}/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer the customer on their channel, through the journeys' outbox and contact rules
         * @description Sent at most once per `requestId`. Quiet hours defer it (202, `pending`) unless it answers the customer's own WhatsApp message within 24 hours; an opt-out suppresses it.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CaseReply"];
                };
            };
            responses: {
                /** @description Settled: sent, suppressed or failed (see `reason`) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CaseReplyResult"];
                    };
                };
                /** @description Accepted; it goes out later (quiet hours) or is being retried */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CaseReplyResult"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live case events (server-sent events) for the cases of your queues
         * @description Events `case.created`, `case.changed`, `customer.replied` and `sla.warning`, each with `{ event, case }` (the case as it is now). A comment every 20 s keeps the connection open. One database LISTEN per API process serves every connection.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An event stream; `ready` first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": components["schemas"]["CaseStreamEvent"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cases/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Supervisors: queues with waiting time, cases about to breach their SLA, each agent's load */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Queues, agents and cases at risk */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CasesOverview"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/kb/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Articles, most recently changed first */
        get: {
            parameters: {
                query?: {
                    lang?: "es" | "en";
                    status?: "draft" | "published";
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of articles and how many match */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KbArticleList"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an article (a draft unless `status` is published)
         * @description The first paragraph of the body is what the bot sends: write the answer first.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["KbArticleCreate"];
                };
            };
            responses: {
                /** @description Created (ETag: its revision) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KbArticle"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/kb/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One article */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The article (ETag: its revision) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KbArticle"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        /**
         * Replace an article (publish it with `status: published`)
         * @description Send the revision you edited as `revision` (or `If-Match: "<revision>"`) to be told (409) when someone saved in between.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["KbArticleUpdate"];
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KbArticle"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        /**
         * Delete an article
         * @description Hand-offs keep the titles and scores of what the bot offered.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/kb/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search articles as the bot does, scored 0..1
         * @description Accent-insensitive full-text search with Spanish or English stemming. Without `lang`, both languages are searched and merged by score.
         */
        get: {
            parameters: {
                query: {
                    q: string;
                    /** @description Default: the language the question is written in */
                    lang?: "es" | "en";
                    limit?: number;
                    /** @description Search drafts too (the editors’ search) */
                    drafts?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Hits, best first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KbSearchResult"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Run the bot's knowledge-base search (the `kb.search` activity)
         * @description What a journey's bot node gets: the question's language is detected (the given `lang` is the fallback) and only published articles are searched, or only `articles` when given (the designer's simulator sends a scenario's own). Nothing is stored.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["KbActivitySearch"];
                };
            };
            responses: {
                /** @description What the activity returns */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["KbActivityResult"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/channels/sandbox/inbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A reply from the sandbox phone
         * @description Signed: `x-ruta-signature: t=<unix seconds>,v1=<hex>`, the hex being HMAC-SHA256 with RUTA_SANDBOX_WEBHOOK_SECRET of `<t>.<raw body>`. A timestamp more than 300 s from the server's clock is refused (401), so a captured request cannot be replayed later.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SandboxInbound"];
                };
            };
            responses: {
                /** @description Stored (and delivered to waiting journeys) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InboundResult"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/channels/twilio/inbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An SMS or WhatsApp message through Twilio
         * @description Twilio's messaging webhook (form-encoded). Validated with X-Twilio-Signature (HMAC-SHA1 of the URL and sorted parameters with TWILIO_AUTH_TOKEN; set RUTA_PUBLIC_URL behind a proxy). Answers empty TwiML.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/x-www-form-urlencoded": components["schemas"]["TwilioInbound"];
                };
            };
            responses: {
                /** @description Empty TwiML */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/xml": string;
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/channels/whatsapp/inbound": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * WhatsApp Cloud API subscription handshake
         * @description Answers `hub.challenge` when `hub.verify_token` equals WHATSAPP_VERIFY_TOKEN.
         */
        get: {
            parameters: {
                query?: {
                    "hub.mode"?: string;
                    "hub.verify_token"?: string;
                    "hub.challenge"?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The challenge */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Messages and delivery statuses from the WhatsApp Cloud API
         * @description Signed: `X-Hub-Signature-256: sha256=<hex HMAC-SHA256 of the raw body with WHATSAPP_APP_SECRET>` (Meta signs no timestamp, so there is no replay window to check; a replayed message is stored once by its id).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WhatsAppInbound"];
                };
            };
            responses: {
                /** @description Stored */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            messages: components["schemas"]["InboundResult"][];
                            statuses: number;
                        } & {
                            [key: string]: components["schemas"]["JsonValue"];
                        };
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sandbox/reply": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reply as the customer from the sandbox phone
         * @description The designer's phone simulator posts here; the server signs and delivers it through the sandbox webhook.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SandboxReply"];
                };
            };
            responses: {
                /** @description Stored and delivered */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InboundResult"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Temporal did not answer in time */
                504: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Node kinds and custom activities, with the JSON Schema of their params */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The catalog */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Activities"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activities/catalog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the activities a worker serves
         * @description A worker calls this at start-up with its catalog entries (JSON Schema of input and output, timeouts, retry, task queue). New activities appear in the palette at once; an incompatible change to an activity (a field removed or newly required, a type changed) flags every published flow node that uses it. Publish an incompatible change as a new version (`name@2`) to leave flows on the old one untouched.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        worker: {
                            identity: string;
                            taskQueue: string | null;
                            sdk?: string;
                        } & {
                            [key: string]: components["schemas"]["JsonValue"];
                        };
                        activities: ({
                            name: string;
                            version: number;
                            label: {
                                es: string;
                                en: string;
                            } & {
                                [key: string]: components["schemas"]["JsonValue"];
                            };
                            description: {
                                es: string;
                                en: string;
                            } & {
                                [key: string]: components["schemas"]["JsonValue"];
                            };
                            input: {
                                [key: string]: components["schemas"]["JsonValue"];
                            };
                            output: {
                                [key: string]: components["schemas"]["JsonValue"];
                            };
                            startToCloseTimeoutMs: number;
                            heartbeatTimeoutMs: number | null;
                            retry: {
                                maximumAttempts: number;
                                initialIntervalMs: number;
                                backoffCoefficient: number;
                                maximumIntervalMs: number;
                            } & {
                                [key: string]: components["schemas"]["JsonValue"];
                            };
                            nonRetryableErrorTypes: string[];
                            taskQueue: string | null;
                        } & {
                            [key: string]: components["schemas"]["JsonValue"];
                        })[];
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                };
            };
            responses: {
                /** @description What changed, and the flows flagged */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActivityPublicationResult"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/activities/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published flows an incompatible activity change affects */
        get: {
            parameters: {
                query?: {
                    /** @description Only this flow’s flags */
                    flowId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Open flags, oldest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ActivityFlags"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The sample flows, with the scenarios that show how each behaves
         * @description Create a flow from one with POST /v1/flows { "template": "<id>" }.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Sample flows */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TemplateList"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All API keys (without secrets) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Keys */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            keys: components["schemas"]["ApiKey"][];
                        } & {
                            [key: string]: components["schemas"]["JsonValue"];
                        };
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an API key with scopes
         * @description Scopes are permissions; you can give only permissions you hold in full yourself (403 names the others).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateApiKey"];
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Shown only now */
                            key: string;
                            apiKey: components["schemas"]["ApiKey"];
                        } & {
                            [key: string]: components["schemas"]["JsonValue"];
                        };
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description A key cannot revoke itself (409): revoke it with another admin key.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/codec/encode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Encode Temporal payloads (remote codec)
         * @description Temporal's remote codec protocol, for the Temporal Web UI and CLI (`--codec-endpoint`), through the API's own codecs: encryption, compression, and the plan claim check (a compiled plan kept in history as its sha-256 is read back from Ruta's database). Decoding shows customer data: it needs `journeys:read`. Payloads no codec recognises pass through unchanged.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CodecPayloads"];
                };
            };
            responses: {
                /** @description Encoded payloads */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CodecPayloads"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/codec/decode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decode Temporal payloads (remote codec)
         * @description Temporal's remote codec protocol, for the Temporal Web UI and CLI (`--codec-endpoint`), through the API's own codecs: encryption, compression, and the plan claim check (a compiled plan kept in history as its sha-256 is read back from Ruta's database). Decoding shows customer data: it needs `journeys:read`. Payloads no codec recognises pass through unchanged.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CodecPayloads"];
                };
            };
            responses: {
                /** @description Decoded payloads */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CodecPayloads"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How people can sign in here (for the sign-in page) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Password sign-in, and OpenID Connect when configured */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["AuthProviders"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password
         * @description Opens a session: the answer sets an httpOnly, SameSite=Strict session cookie (Secure over https) and carries who you are (as `GET /v1/me`), with the `csrfToken` to send as `X-CSRF-Token` on state-changing requests. A wrong email, a wrong password and a deactivated account get the same 401. Failed sign-ins are limited per address (RUTA_AUTH_FAILURE_LIMIT a minute) and per account (RUTA_SIGNIN_ACCOUNT_LIMIT in 15 minutes): beyond, 429 with Retry-After.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SignIn"];
                };
            };
            responses: {
                /** @description Signed in (Set-Cookie: the session) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out: ends this session and clears its cookie
         * @description An API key has no session: revoke it under /v1/keys instead (409).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sign in with the OpenID Connect provider (a browser redirect)
         * @description Sends the browser to the provider (authorization code flow with PKCE S256, state and nonce). 404 when RUTA_OIDC_ISSUER is not set; 503 when the provider cannot be reached.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Redirect */
                302: {
                    headers: {
                        /** @description Where the browser goes next */
                        Location: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description A dependency is unavailable */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the OpenID Connect provider sends the browser back
         * @description Checks state, PKCE and the ID token, finds (or, with RUTA_OIDC_ROLE_CLAIM, creates) the account, opens a session and sends the browser to the designer; on failure to the sign-in page with `?signin_error=` (`oidc-failed`, `no-account`, `no-role`, `inactive`).
         */
        get: {
            parameters: {
                query?: {
                    code?: string;
                    state?: string;
                    iss?: string;
                    error?: string;
                    error_description?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Redirect */
                302: {
                    headers: {
                        /** @description Where the browser goes next */
                        Location: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is calling: the person (roles, language) or the key, with their permissions
         * @description `permissions` lists everything the roles (or the key’s scopes) give, implied ones included; `limitedTo` says which reach only the person’s `queues` (cases and their customers) or `teams` (members). A person also gets the `csrfToken` to send as `X-CSRF-Token`, and when the session ends. The designer shows only what `permissions` allows.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The caller */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change your display name or language */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateMe"];
                };
            };
            responses: {
                /** @description The caller, changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password
         * @description Needs the current password (the one-time one, after an invitation or a reset). The new one must follow the policy (422 `passwordProblem`: too-short, too-long, same-as-email, too-common). Your other sessions end; this one goes on.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChangePassword"];
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Me"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People: everyone (admins), or the members of your teams (supervisors) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description People, by name */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserList"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a person (invite with a one-time password, or set one)
         * @description Without `password`, a one-time password is answered once (`oneTimePassword`): give it to the person, who chooses their own at first sign-in. With `password`, the policy applies (422 `passwordProblem`). 409 when the email has an account; 404 for an unknown queue or team.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateUser"];
                };
            };
            responses: {
                /** @description Added */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserResult"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One person
         * @description 404 for someone outside your teams (supervisors), as for someone who does not exist.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The person */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a person: roles, queues and teams, name, language, password; deactivate or reactivate
         * @description Memberships given replace the old ones. `active: false` ends the person’s sessions at once. A new `password` or `resetPassword: true` (a one-time password, answered once) ends their sessions too. 409: deactivating yourself, or leaving Ruta without an active admin.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateUser"];
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserResult"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Teams with their queues: all (admins), or yours (supervisors) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Teams, by name */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["TeamList"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a team */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateTeam"];
                };
            };
            responses: {
                /** @description Added */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Team"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams/{id}/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the team's business calendar (null: none); new cases of its queues count their SLA in it */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["SetTeamCalendar"];
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Team"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Queues with their open cases: all, or those you work or oversee
         * @description A queue’s id is the name handoff nodes and tickets use; a queue a new handoff names is created with it.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Queues, by id */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["QueueList"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        put?: never;
        /** Add a queue (optionally of a team) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["CreateQueue"];
                };
            };
            responses: {
                /** @description Added */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Queue"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Conflict with the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/queues/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a queue or give it to a team (null: no team) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["UpdateQueue"];
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Queue"];
                    };
                };
                /** @description Unreadable request (malformed JSON) */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not signed in (or the session expired), or a missing, unknown or revoked API key */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description The key or the person lacks the required permission, or a cross-site request */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Unsupported media type */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Invalid request: `errors[]` names the fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Rate limited: see Retry-After */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
                /** @description Error */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/problem+json": components["schemas"]["Problem"];
                    };
                };
            };
        };
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Readiness: {
            /** @enum {string} */
            status: "ready" | "not_ready";
            checks: {
                database: {
                    ok: boolean;
                    ms: number;
                    error?: string;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                };
                temporal: {
                    ok: boolean;
                    ms: number;
                    error?: string;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                };
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        Problem: {
            /** @example /docs#problem-validation */
            type: string;
            title: string;
            /**
             * @description A stable machine code: the type's slug or a finer reason under it (see /docs#problems). Clients phrase the problem in their language from it and the other members; `title` and `detail` are English.
             * @enum {string}
             */
            code: "bad-request" | "validation" | "unauthorized" | "session-expired" | "sign-in-failed" | "forbidden" | "password-change-required" | "csrf-failed" | "not-found" | "method-not-allowed" | "conflict" | "journey-not-running" | "journey-stuck" | "nothing-to-retry" | "nothing-to-skip" | "step-not-skippable" | "flow-has-errors" | "not-published" | "not-scheduled" | "payload-too-large" | "unsupported-media-type" | "rate-limited" | "provider-not-configured" | "unavailable" | "timeout" | "internal" | "case-held" | "case-closed" | "not-a-case" | "case-in-queue" | "person-only" | "assignee-inactive" | "assignee-not-in-queue" | "customer-erased" | "no-reply-channel" | "stale-draft" | "flow-exists" | "own-account" | "last-admin" | "wrong-password" | "same-password" | "weak-password" | "journey-ended";
            status: number;
            detail?: string;
            instance?: string;
            requestId?: string;
            /** @description Invalid fields (validation problems): dotted path, message and code */
            errors?: ({
                path: string;
                message: string;
                /** @description `required`, or the check that failed (`too_small`…) */
                code?: string;
                /** @description The bound of a size or range check */
                limit?: number;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        EventResult: {
            eventId: string;
            journeys: components["schemas"]["JourneyTouch"][];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        JourneyTouch: {
            flowId: string;
            version: number;
            workflowId: string;
            /** @enum {string} */
            action: "started" | "advanced" | "skipped";
            /** @description Why nothing happened: already_running / already_ran / duplicate_event (re-entry rule), filter_not_matched, filter_error (the filter could not be computed for this event), filter_too_costly (it ran out of its cost budget on this event), ended */
            reason?: string;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        BatchResult: {
            results: components["schemas"]["EventResult"][];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        SimpleEvent: {
            /** @description Your id for the event; a repeat of the same id is answered with the first answer */
            id: string;
            /** @example payment.failed */
            type: string;
            /** @example c_camila */
            customerId: string;
            /**
             * @description Any JSON object, nested at most 32 deep; strings and keys without NUL or unpaired surrogates
             * @example {
             *       "amount": 25990,
             *       "paymentUrl": "https://pay.example.com/p/abc"
             *     }
             */
            data?: {
                [key: string]: components["schemas"]["JsonValue"];
            };
            /**
             * Format: date-time
             * @description When it happened; default: when Ruta received it
             * @example 2026-03-02T10:00:00-03:00
             */
            time?: string;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        /** @description A CloudEvent 1.0 in structured JSON mode. `subject` is the customer id; without it, `data.customerId` must be one (an id: no control characters, no leading or trailing space). */
        CloudEvent: ({
            /** @enum {string} */
            specversion: "1.0";
            id: string;
            source: string;
            type: string;
            /** @description The customer id (else data.customerId) */
            subject?: string;
            /**
             * Format: date-time
             * @example 2026-03-02T10:00:00-03:00
             */
            time?: string;
            datacontenttype?: string;
            dataschema?: string;
            /** @description Any JSON object, nested at most 32 deep; strings and keys without NUL or unpaired surrogates */
            data?: {
                [key: string]: components["schemas"]["JsonValue"];
            };
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        }) | unknown | ({
            data: {
                customerId: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        });
        EventInput: components["schemas"]["SimpleEvent"] | components["schemas"]["CloudEvent"];
        EventTypeList: {
            eventTypes: components["schemas"]["EventTypeSeen"][];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        EventTypeSeen: {
            /** @example delivery.delayed */
            type: string;
            /** @description Events of this type stored */
            count: number;
            /** @description When the newest one arrived */
            lastAt: string;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        InferredEventSchema: {
            type: string;
            /** @description How many events the fields were learned from (0: none yet) */
            samples: number;
            /**
             * @description By field name: type (text, number, boolean, date, list, object), required, values, example
             * @default {}
             */
            fields?: {
                [key: string]: {
                    /**
                     * @default text
                     * @enum {string}
                     */
                    type?: "text" | "number" | "boolean" | "date" | "list" | "object";
                    /** @default false */
                    required?: boolean;
                    values?: (string | number | boolean)[];
                    description?: string;
                    example?: components["schemas"]["JsonValue"];
                };
            };
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        FlowList: {
            flows: components["schemas"]["FlowSummary"][];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        FlowSummary: {
            id: string;
            name: string;
            description: string | null;
            /** @description Bumped on every draft change (send it back as `revision`) */
            revision: number;
            /** @description The version new journeys take */
            publishedVersion: number | null;
            createdAt: string;
            updatedAt: string;
            /** @description Who: `user:<id>` for a person, `key:<id>` for a system */
            createdBy: string | null;
            /** @description The person’s display name, or the key’s name */
            createdByName: string | null;
            updatedBy: string | null;
            updatedByName: string | null;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        Flow: components["schemas"]["FlowSummary"] & ({
            document: {
                /** @enum {number} */
                schemaVersion: 3;
                id: string;
                name: string;
                description?: string;
                /**
                 * @default {
                 *       "reentry": "one_at_a_time",
                 *       "transactional": false,
                 *       "missingData": "hold"
                 *     }
                 */
                settings?: {
                    /**
                     * @default one_at_a_time
                     * @enum {string}
                     */
                    reentry?: "every_time" | "one_at_a_time" | "once";
                    /** @default false */
                    transactional?: boolean;
                    /**
                     * @default hold
                     * @enum {string}
                     */
                    missingData?: "fallback" | "hold" | "skip";
                    continueAsNewAfterEvents?: number;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                };
                nodes: ({
                    id: string;
                    kind: string;
                    /** @default {} */
                    params?: {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                    /**
                     * @default {
                     *       "x": 0,
                     *       "y": 0
                     *     }
                     */
                    position?: {
                        x: number;
                        y: number;
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                    label?: string;
                    retry?: {
                        maximumAttempts?: number;
                        initialInterval?: string;
                        maximumInterval?: string;
                        backoffCoefficient?: number;
                        timeout?: string;
                    };
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
                /** @default [] */
                edges?: ({
                    id: string;
                    from: string;
                    /** @default out */
                    port?: string;
                    to: string;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
                /** @default [] */
                notes?: ({
                    id: string;
                    text: string;
                    position: {
                        x: number;
                        y: number;
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                    color?: string;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
                /** @default {} */
                events?: {
                    [key: string]: {
                        /** @default {} */
                        fields?: {
                            [key: string]: {
                                /**
                                 * @default text
                                 * @enum {string}
                                 */
                                type?: "text" | "number" | "boolean" | "date" | "list" | "object";
                                /** @default false */
                                required?: boolean;
                                values?: (string | number | boolean)[];
                                description?: string;
                                example?: components["schemas"]["JsonValue"];
                            };
                        };
                        samples?: number;
                    };
                };
                /** @default [] */
                scenarios?: ({
                    name: string;
                    description?: string;
                    /**
                     * Format: date-time
                     * @default 2026-03-02T10:00:00-03:00
                     */
                    start?: string;
                    event: {
                        id?: string;
                        type: string;
                        /** @default {} */
                        data?: {
                            [key: string]: components["schemas"]["JsonValue"];
                        };
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                    customer: {
                        id: string;
                        name?: string;
                        email?: string;
                        phone?: string;
                        /** @enum {string} */
                        locale?: "es" | "en";
                        timeZone?: string;
                        tier?: string;
                        tags?: string[];
                        consent?: {
                            [key: string]: boolean;
                        };
                        attributes?: {
                            [key: string]: components["schemas"]["JsonValue"];
                        };
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                    /** @default [] */
                    inputs?: (({
                        after: string | "0s";
                        reply: string;
                        /** @default whatsapp */
                        channel?: string;
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    }) | ({
                        after: string | "0s";
                        event: string;
                        /** @default {} */
                        data?: {
                            [key: string]: components["schemas"]["JsonValue"];
                        };
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    }) | ({
                        after: string | "0s";
                        /** @description The resolution, e.g. resolved */
                        handoff: string;
                        agent?: string;
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    }))[];
                    knowledge?: ({
                        id?: string;
                        /** @enum {string} */
                        lang: "es" | "en";
                        title: string;
                        body: string;
                        /** @default [] */
                        tags?: string[];
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    })[];
                    /** @default {} */
                    activities?: {
                        [key: string]: ({
                            $fail: string;
                        } & {
                            [key: string]: components["schemas"]["JsonValue"];
                        }) | {
                            [key: string]: components["schemas"]["JsonValue"];
                        }[] | {
                            [key: string]: components["schemas"]["JsonValue"];
                        };
                    };
                    /**
                     * Format: duration
                     * @default 120d
                     * @example 30m
                     * @example 24h
                     * @example 2d
                     */
                    horizon?: string;
                    expect?: {
                        path?: string[];
                        /** @enum {string} */
                        status?: "running" | "completed" | "failed" | "cancelled";
                        outcome?: string;
                        messages?: number;
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        });
        /** @description Exactly one of `document` and `template`. */
        CreateFlow: ({
            document?: components["schemas"]["FlowDocument"];
            /** @description Start from a sample flow (id from GET /v1/templates) */
            template?: string;
            /** @description The flow's id; default: the document's id (made unique with a suffix) */
            id?: string;
            name?: string;
            description?: string;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        }) & (unknown | unknown);
        /** @description A flow document (see GET /v1/activities for node kinds and their params) */
        FlowDocument: {
            /** @enum {number} */
            schemaVersion: 3;
            id: string;
            name: string;
            description?: string;
            /**
             * @default {
             *       "reentry": "one_at_a_time",
             *       "transactional": false,
             *       "missingData": "hold"
             *     }
             */
            settings?: {
                /**
                 * @default one_at_a_time
                 * @enum {string}
                 */
                reentry?: "every_time" | "one_at_a_time" | "once";
                /** @default false */
                transactional?: boolean;
                /**
                 * @default hold
                 * @enum {string}
                 */
                missingData?: "fallback" | "hold" | "skip";
                continueAsNewAfterEvents?: number;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
            nodes: ({
                id: string;
                kind: string;
                /** @default {} */
                params?: {
                    [key: string]: components["schemas"]["JsonValue"];
                };
                /**
                 * @default {
                 *       "x": 0,
                 *       "y": 0
                 *     }
                 */
                position?: {
                    x: number;
                    y: number;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                };
                label?: string;
                retry?: {
                    maximumAttempts?: number;
                    initialInterval?: string;
                    maximumInterval?: string;
                    backoffCoefficient?: number;
                    timeout?: string;
                };
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
            /** @default [] */
            edges?: ({
                id: string;
                from: string;
                /** @default out */
                port?: string;
                to: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
            /** @default [] */
            notes?: ({
                id: string;
                text: string;
                position: {
                    x: number;
                    y: number;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                };
                color?: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
            /** @default {} */
            events?: {
                [key: string]: {
                    /** @default {} */
                    fields?: {
                        [key: string]: {
                            /**
                             * @default text
                             * @enum {string}
                             */
                            type?: "text" | "number" | "boolean" | "date" | "list" | "object";
                            /** @default false */
                            required?: boolean;
                            values?: (string | number | boolean)[];
                            description?: string;
                            example?: components["schemas"]["JsonValue"];
                        };
                    };
                    samples?: number;
                };
            };
            /** @default [] */
            scenarios?: ({
                name: string;
                description?: string;
                /**
                 * Format: date-time
                 * @default 2026-03-02T10:00:00-03:00
                 */
                start?: string;
                event: {
                    id?: string;
                    type: string;
                    /** @default {} */
                    data?: {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                };
                customer: {
                    id: string;
                    name?: string;
                    email?: string;
                    phone?: string;
                    /** @enum {string} */
                    locale?: "es" | "en";
                    timeZone?: string;
                    tier?: string;
                    tags?: string[];
                    consent?: {
                        [key: string]: boolean;
                    };
                    attributes?: {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                };
                /** @default [] */
                inputs?: (({
                    after: string | "0s";
                    reply: string;
                    /** @default whatsapp */
                    channel?: string;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                }) | ({
                    after: string | "0s";
                    event: string;
                    /** @default {} */
                    data?: {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                }) | ({
                    after: string | "0s";
                    /** @description The resolution, e.g. resolved */
                    handoff: string;
                    agent?: string;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                }))[];
                knowledge?: ({
                    id?: string;
                    /** @enum {string} */
                    lang: "es" | "en";
                    title: string;
                    body: string;
                    /** @default [] */
                    tags?: string[];
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
                /** @default {} */
                activities?: {
                    [key: string]: ({
                        $fail: string;
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    }) | {
                        [key: string]: components["schemas"]["JsonValue"];
                    }[] | {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                };
                /**
                 * Format: duration
                 * @default 120d
                 * @example 30m
                 * @example 24h
                 * @example 2d
                 */
                horizon?: string;
                expect?: {
                    path?: string[];
                    /** @enum {string} */
                    status?: "running" | "completed" | "failed" | "cancelled";
                    outcome?: string;
                    messages?: number;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                };
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        UpdateFlow: {
            document: components["schemas"]["FlowDocument"];
            name?: string;
            description?: string | null;
            /** @description The revision you edited (or If-Match); a newer stored draft answers 409 */
            revision?: number;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        ValidateResult: {
            ok: boolean;
            errors: number;
            warnings: number;
            diagnostics: components["schemas"]["Diagnostic"][];
            /** @description The compiled plan's hash when the flow compiles */
            hash: string | null;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        Diagnostic: {
            code: string;
            /** @enum {string} */
            severity: "error" | "warning";
            nodeId?: string;
            edgeId?: string;
            path: (string | number)[];
            message: {
                es: string;
                en: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
            nodes?: string[];
            nodeLabel?: {
                es: string;
                en: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        SimulateResult: {
            hash: string;
            results: components["schemas"]["SimulationResult"][];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        SimulationResult: {
            scenario: string;
            /** @enum {string} */
            status: "running" | "completed" | "failed" | "cancelled";
            outcome: string | null;
            path: string[];
            moves: ({
                nodeId: string;
                port: string | null;
                at: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
            messages: ({
                at: string;
                /** @enum {string} */
                direction: "in" | "out";
                channel: string;
                text: string;
                subject?: string;
                nodeId?: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
            timers: ({
                nodeId: string;
                visit: number;
                since: string;
                deadline: string | null;
                /** @enum {string} */
                ended: "ready" | "timeout" | "pending";
                at: string | null;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
            waiting: ({
                nodeId: string;
                deadline: string | null;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            }) | null;
            startedAt: string;
            endedAt: string;
            errors: string[];
            expectation?: {
                ok: boolean;
                problems: string[];
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        /** @description Exactly one of `scenario` and `scenarios`. */
        Simulate: ({
            scenario?: {
                name: string;
                description?: string;
                /**
                 * Format: date-time
                 * @default 2026-03-02T10:00:00-03:00
                 */
                start?: string;
                event: {
                    id?: string;
                    type: string;
                    /** @default {} */
                    data?: {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                };
                customer: {
                    id: string;
                    name?: string;
                    email?: string;
                    phone?: string;
                    /** @enum {string} */
                    locale?: "es" | "en";
                    timeZone?: string;
                    tier?: string;
                    tags?: string[];
                    consent?: {
                        [key: string]: boolean;
                    };
                    attributes?: {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                };
                /** @default [] */
                inputs?: (({
                    after: string | "0s";
                    reply: string;
                    /** @default whatsapp */
                    channel?: string;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                }) | ({
                    after: string | "0s";
                    event: string;
                    /** @default {} */
                    data?: {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                }) | ({
                    after: string | "0s";
                    /** @description The resolution, e.g. resolved */
                    handoff: string;
                    agent?: string;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                }))[];
                knowledge?: ({
                    id?: string;
                    /** @enum {string} */
                    lang: "es" | "en";
                    title: string;
                    body: string;
                    /** @default [] */
                    tags?: string[];
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
                /** @default {} */
                activities?: {
                    [key: string]: ({
                        $fail: string;
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    }) | {
                        [key: string]: components["schemas"]["JsonValue"];
                    }[] | {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                };
                /**
                 * Format: duration
                 * @default 120d
                 * @example 30m
                 * @example 24h
                 * @example 2d
                 */
                horizon?: string;
                expect?: {
                    path?: string[];
                    /** @enum {string} */
                    status?: "running" | "completed" | "failed" | "cancelled";
                    outcome?: string;
                    messages?: number;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                };
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
            scenarios?: ({
                name: string;
                description?: string;
                /**
                 * Format: date-time
                 * @default 2026-03-02T10:00:00-03:00
                 */
                start?: string;
                event: {
                    id?: string;
                    type: string;
                    /** @default {} */
                    data?: {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                };
                customer: {
                    id: string;
                    name?: string;
                    email?: string;
                    phone?: string;
                    /** @enum {string} */
                    locale?: "es" | "en";
                    timeZone?: string;
                    tier?: string;
                    tags?: string[];
                    consent?: {
                        [key: string]: boolean;
                    };
                    attributes?: {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                };
                /** @default [] */
                inputs?: (({
                    after: string | "0s";
                    reply: string;
                    /** @default whatsapp */
                    channel?: string;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                }) | ({
                    after: string | "0s";
                    event: string;
                    /** @default {} */
                    data?: {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                }) | ({
                    after: string | "0s";
                    /** @description The resolution, e.g. resolved */
                    handoff: string;
                    agent?: string;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                }))[];
                knowledge?: ({
                    id?: string;
                    /** @enum {string} */
                    lang: "es" | "en";
                    title: string;
                    body: string;
                    /** @default [] */
                    tags?: string[];
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
                /** @default {} */
                activities?: {
                    [key: string]: ({
                        $fail: string;
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    }) | {
                        [key: string]: components["schemas"]["JsonValue"];
                    }[] | {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                };
                /**
                 * Format: duration
                 * @default 120d
                 * @example 30m
                 * @example 24h
                 * @example 2d
                 */
                horizon?: string;
                expect?: {
                    path?: string[];
                    /** @enum {string} */
                    status?: "running" | "completed" | "failed" | "cancelled";
                    outcome?: string;
                    messages?: number;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                };
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
            /** @description Simulate a published version instead of the draft */
            version?: number;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        }) & (unknown | unknown);
        PublishResult: components["schemas"]["VersionSummary"] & ({
            /** @description False when the draft equals the current version (nothing new published) */
            created: boolean;
            /** @description Warnings */
            diagnostics: components["schemas"]["Diagnostic"][];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        });
        VersionSummary: {
            flowId: string;
            version: number;
            hash: string;
            note: string | null;
            publishedAt: string;
            /** @description Who: `user:<id>` for a person, `key:<id>` for a system */
            publishedBy: string | null;
            /** @description The person’s display name, or the key’s name */
            publishedByName: string | null;
            rolledBackFrom: number | null;
            isCurrent: boolean;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        Publish: {
            note?: string;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        VersionList: {
            versions: components["schemas"]["VersionSummary"][];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        Version: components["schemas"]["VersionSummary"] & ({
            document: {
                /** @enum {number} */
                schemaVersion: 3;
                id: string;
                name: string;
                description?: string;
                /**
                 * @default {
                 *       "reentry": "one_at_a_time",
                 *       "transactional": false,
                 *       "missingData": "hold"
                 *     }
                 */
                settings?: {
                    /**
                     * @default one_at_a_time
                     * @enum {string}
                     */
                    reentry?: "every_time" | "one_at_a_time" | "once";
                    /** @default false */
                    transactional?: boolean;
                    /**
                     * @default hold
                     * @enum {string}
                     */
                    missingData?: "fallback" | "hold" | "skip";
                    continueAsNewAfterEvents?: number;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                };
                nodes: ({
                    id: string;
                    kind: string;
                    /** @default {} */
                    params?: {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                    /**
                     * @default {
                     *       "x": 0,
                     *       "y": 0
                     *     }
                     */
                    position?: {
                        x: number;
                        y: number;
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                    label?: string;
                    retry?: {
                        maximumAttempts?: number;
                        initialInterval?: string;
                        maximumInterval?: string;
                        backoffCoefficient?: number;
                        timeout?: string;
                    };
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
                /** @default [] */
                edges?: ({
                    id: string;
                    from: string;
                    /** @default out */
                    port?: string;
                    to: string;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
                /** @default [] */
                notes?: ({
                    id: string;
                    text: string;
                    position: {
                        x: number;
                        y: number;
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                    color?: string;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
                /** @default {} */
                events?: {
                    [key: string]: {
                        /** @default {} */
                        fields?: {
                            [key: string]: {
                                /**
                                 * @default text
                                 * @enum {string}
                                 */
                                type?: "text" | "number" | "boolean" | "date" | "list" | "object";
                                /** @default false */
                                required?: boolean;
                                values?: (string | number | boolean)[];
                                description?: string;
                                example?: components["schemas"]["JsonValue"];
                            };
                        };
                        samples?: number;
                    };
                };
                /** @default [] */
                scenarios?: ({
                    name: string;
                    description?: string;
                    /**
                     * Format: date-time
                     * @default 2026-03-02T10:00:00-03:00
                     */
                    start?: string;
                    event: {
                        id?: string;
                        type: string;
                        /** @default {} */
                        data?: {
                            [key: string]: components["schemas"]["JsonValue"];
                        };
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                    customer: {
                        id: string;
                        name?: string;
                        email?: string;
                        phone?: string;
                        /** @enum {string} */
                        locale?: "es" | "en";
                        timeZone?: string;
                        tier?: string;
                        tags?: string[];
                        consent?: {
                            [key: string]: boolean;
                        };
                        attributes?: {
                            [key: string]: components["schemas"]["JsonValue"];
                        };
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                    /** @default [] */
                    inputs?: (({
                        after: string | "0s";
                        reply: string;
                        /** @default whatsapp */
                        channel?: string;
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    }) | ({
                        after: string | "0s";
                        event: string;
                        /** @default {} */
                        data?: {
                            [key: string]: components["schemas"]["JsonValue"];
                        };
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    }) | ({
                        after: string | "0s";
                        /** @description The resolution, e.g. resolved */
                        handoff: string;
                        agent?: string;
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    }))[];
                    knowledge?: ({
                        id?: string;
                        /** @enum {string} */
                        lang: "es" | "en";
                        title: string;
                        body: string;
                        /** @default [] */
                        tags?: string[];
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    })[];
                    /** @default {} */
                    activities?: {
                        [key: string]: ({
                            $fail: string;
                        } & {
                            [key: string]: components["schemas"]["JsonValue"];
                        }) | {
                            [key: string]: components["schemas"]["JsonValue"];
                        }[] | {
                            [key: string]: components["schemas"]["JsonValue"];
                        };
                    };
                    /**
                     * Format: duration
                     * @default 120d
                     * @example 30m
                     * @example 24h
                     * @example 2d
                     */
                    horizon?: string;
                    expect?: {
                        path?: string[];
                        /** @enum {string} */
                        status?: "running" | "completed" | "failed" | "cancelled";
                        outcome?: string;
                        messages?: number;
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
            /** @description The compiled plan journeys run */
            plan: {
                [key: string]: components["schemas"]["JsonValue"];
            };
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        });
        FlowDiff: {
            from: number | "draft";
            to: number | "draft";
            same: boolean;
            nodes: {
                added: ({
                    id: string;
                    kind: string;
                    label?: string;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
                removed: ({
                    id: string;
                    kind: string;
                    label?: string;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
                changed: ({
                    id: string;
                    kind: string;
                    changes: ({
                        /** @enum {string} */
                        field: "kind" | "label" | "params" | "retry";
                        from?: components["schemas"]["JsonValue"];
                        to?: components["schemas"]["JsonValue"];
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    })[];
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
                moved: string[];
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
            edges: {
                added: ({
                    id: string;
                    from: string;
                    port: string;
                    to: string;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
                removed: ({
                    id: string;
                    from: string;
                    port: string;
                    to: string;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
                changed: ({
                    id: string;
                    from: {
                        from: string;
                        port: string;
                        to: string;
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                    to: {
                        from: string;
                        port: string;
                        to: string;
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
            document: ({
                /** @enum {string} */
                field: "name" | "description" | "settings";
                from?: components["schemas"]["JsonValue"];
                to?: components["schemas"]["JsonValue"];
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        Rollback: {
            version: number;
            note?: string;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        FlowStats: {
            flowId: string;
            /** @description null: all versions */
            version: number | null;
            nodes: {
                [key: string]: {
                    entered: number;
                    waitingNow: number;
                    completed: number;
                    failed: number;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                };
            };
            edges: ({
                edgeId: string | null;
                from: string;
                port: string | null;
                to: string;
                count: number;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        StartJourney: {
            customerId: string;
            /** @description Any JSON object, nested at most 32 deep; strings and keys without NUL or unpaired surrogates */
            data?: {
                [key: string]: components["schemas"]["JsonValue"];
            };
            /** @description Id of the start (default: generated); with every_time flows one journey per id */
            eventId?: string;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        FlowSchedule: {
            flowId: string;
            /** @example ruta-schedule:f_weekly */
            scheduleId: string;
            /** @description The version its runs start journeys on */
            version: number;
            currentVersion: number | null;
            /** @description False when the last publish could not update the schedule */
            inSync: boolean;
            paused: boolean;
            /** @description Who paused or resumed it, and why */
            note: string | null;
            timing: ({
                cron?: string;
                every?: string;
                timeZone: string;
                /** @enum {string} */
                overlap: "skip" | "buffer_one" | "allow_all";
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            }) | null;
            /** Format: segment */
            audience: {
                /**
                 * @default all
                 * @enum {string}
                 */
                match?: "all" | "any";
                /** @default [] */
                conditions?: {
                    field: string;
                    /** @enum {string} */
                    op: "eq" | "neq" | "gt" | "gte" | "lt" | "lte" | "in" | "not_in" | "contains" | "not_contains" | "exists" | "not_exists";
                    value?: string | number | boolean | (string | number | boolean)[];
                }[];
            } | null;
            audienceText: ({
                es: string;
                en: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            }) | null;
            /** @description The next times it runs (none while paused) */
            nextRuns: string[];
            /** @description Newest first, with what each did */
            recentRuns: components["schemas"]["ScheduleRun"][];
            /** @description Workflow ids of runs still going */
            running: string[];
            runsTaken: number;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        ScheduleRun: {
            /** @description The run's workflow id (`audience:<flow>-<scheduled time>`) */
            id: string;
            flowVersion: number;
            /** @enum {string} */
            status: "running" | "completed" | "stopped" | "failed";
            /** @description Why it stopped early or failed */
            reason: string | null;
            scheduledAt: string;
            startedAt: string;
            endedAt: string | null;
            batches: number;
            /** @description Customers of the segment seen */
            matched: number;
            /** @description Journeys started */
            started: number;
            /** @description Customers the flow's re-entry rule kept out */
            skipped: number;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        ScheduleNote: {
            /** @description Why (kept on the schedule) */
            note?: string;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        ScheduleTriggered: {
            flowId: string;
            scheduleId: string;
            /** @enum {boolean} */
            triggered: true;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        JourneyList: {
            journeys: components["schemas"]["JourneySummary"][];
            nextCursor: string | null;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        JourneySummary: {
            id: string;
            workflowId: string;
            runId: string | null;
            flowId: string;
            version: number;
            customerId: string;
            /** @description The customer's name, when the profile has one */
            customerName: string | null;
            eventId: string | null;
            /** @enum {string} */
            status: "running" | "completed" | "failed" | "cancelled" | "terminated";
            currentNodeId: string | null;
            outcome: string | null;
            startedAt: string;
            endedAt: string | null;
            updatedAt: string;
            /** @description Why a person cancelled or terminated it */
            endReason: string | null;
            attention: components["schemas"]["JourneyAttention"];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        /** @description Why a running journey needs a person: `workflow_task_failing` (stuck: only terminate ends it) or `activity_failing` (retry-step or cancel). Null when nothing is wrong. */
        JourneyAttention: ({
            /** @enum {string} */
            kind: "workflow_task_failing" | "activity_failing";
            since: string | null;
            /** @description When the API last looked at the journey in Temporal */
            checkedAt: string | null;
            /** @description Failed attempts so far */
            attempts: number;
            activity: string | null;
            /** @description The last failure's message, as Temporal reports it */
            failure: string | null;
            /** @description What is wrong and what to do */
            message: {
                es: string;
                en: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
            /** @description The controls that help, most fitting first */
            actions: string[];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        }) | null;
        JourneyDetail: components["schemas"]["JourneySummary"] & ({
            /** @description Node ids in the order the journey left them */
            path: string[];
            steps: components["schemas"]["Step"][];
            messages: components["schemas"]["Message"][];
            /** @description What the journey waits for now */
            wait: ({
                nodeId: string;
                kind: string;
                visit: number;
                since: string;
                deadline: string | null;
                /** @description Why the journey waits when the flow did not ask to: quiet_hours (a deferred send), missing_data (a message held because a placeholder has no value), activity_failed (parked: the step failed for good and waits for retry, skip or cancel) */
                reason?: string;
                /** @description For missing_data: the placeholders without a value, e.g. event.data.eta */
                missing?: string[];
                /** @description For activity_failed (parked): the activity that failed for good and its error */
                failure?: {
                    activity: string;
                    message: string;
                    type?: string;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                };
                /** @description For activity_failed (parked) and missing_data (held): why the journey waits and what a person can do, es/en */
                message?: {
                    es: string;
                    en: string;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                };
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            }) | null;
            /** @description Pending timers (deadlines) */
            timers: ({
                nodeId: string;
                kind: string;
                visit: number;
                since: string;
                deadline: string | null;
                /** @description Why the journey waits when the flow did not ask to: quiet_hours (a deferred send), missing_data (a message held because a placeholder has no value), activity_failed (parked: the step failed for good and waits for retry, skip or cancel) */
                reason?: string;
                /** @description For missing_data: the placeholders without a value, e.g. event.data.eta */
                missing?: string[];
                /** @description For activity_failed (parked): the activity that failed for good and its error */
                failure?: {
                    activity: string;
                    message: string;
                    type?: string;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                };
                /** @description For activity_failed (parked) and missing_data (held): why the journey waits and what a person can do, es/en */
                message?: {
                    es: string;
                    en: string;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                };
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
            /** @description The activity the journey is calling now, with its attempts (retry-step acts on it) */
            activity: ({
                activity: string;
                attempt: number;
                maximumAttempts: number;
                lastFailure: string | null;
                nextAttemptAt: string | null;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            }) | null;
            /** @description Live state through the journey query (null once it ended) */
            state: ({
                /** @enum {string} */
                status: "running" | "completed" | "failed" | "cancelled" | "terminated";
                outcome: string | null;
                current: string | null;
                vars: {
                    [key: string]: components["schemas"]["JsonValue"];
                };
                outputs: {
                    [key: string]: components["schemas"]["JsonValue"];
                };
                reply?: components["schemas"]["JsonValue"];
                sentiment?: components["schemas"]["JsonValue"];
                goals: string[];
                visits: {
                    [key: string]: number;
                };
                steps: number;
                run: number;
                inbox: number;
                error?: components["schemas"]["JsonValue"];
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            }) | null;
            /** @description Why the live state could not be read */
            liveError: string | null;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        });
        Step: {
            seq: number;
            /** @enum {string} */
            type: "enter" | "wait" | "leave" | "end";
            nodeId: string | null;
            kind: string | null;
            visit: number;
            port: string | null;
            at: string;
            /** @enum {string} */
            status: "running" | "completed" | "failed" | "cancelled" | "terminated";
            detail?: components["schemas"]["JsonValue"];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        Message: {
            id: string;
            /** @enum {string} */
            direction: "in" | "out";
            channel: string;
            provider: string | null;
            providerMessageId: string | null;
            customerId: string;
            journeyId: string | null;
            flowId: string | null;
            nodeId: string | null;
            text: string | null;
            subject: string | null;
            status: string;
            statusReason: string | null;
            at: string;
            sentAt: string | null;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        JourneyControlResult: {
            id: string;
            /** @enum {string} */
            action: "cancelled" | "skipped" | "retried" | "terminated";
            /** @enum {string} */
            status?: "running" | "completed" | "failed" | "cancelled" | "terminated";
            reason?: string | null;
            nodeId?: string | null;
            activity?: string | null;
            failedAttempts?: number;
            lastFailure?: string | null;
            runId?: string | null;
            /** @description retry-step on a journey holding a message for missing data: true when the message, written again with the customer profile as it is now, still lacks a value and holds again; false when it went on to be sent */
            heldAgain?: boolean;
            /** @description When held again: the placeholders still without a value, e.g. customer.name */
            missing?: string[];
            /** @description When held again: what is missing and what to do, es/en */
            message?: {
                es: string;
                en: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        AttentionOverview: {
            groups: components["schemas"]["AttentionGroup"][];
            total: number;
            unconfirmed: {
                total: number;
                message: {
                    es: string;
                    en: string;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                };
                items: ({
                    id: string;
                    customerId: string;
                    journeyId: string | null;
                    flowId: string | null;
                    nodeId: string | null;
                    channel: string;
                    createdAt: string;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        AttentionGroup: {
            flowId: string;
            version: number;
            nodeId: string | null;
            kind: string | null;
            /** @enum {string} */
            reason: "activity_failed" | "missing_data" | "workflow_task_failing" | "activity_failing";
            reasonLabel: {
                es: string;
                en: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
            activity: string | null;
            failureType: string | null;
            /** @description One failure message of the group, as the step's system gave it */
            example: string | null;
            /** @description For missing_data: the placeholders without a value in the held messages of the group, e.g. customer.name */
            missing: string[] | null;
            count: number;
            since: string;
            /** @description Why, in plain words, and what can be done (es/en) */
            message: {
                es: string;
                en: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
            actions: string[];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        AttentionJourneys: {
            journeys: ({
                id: string;
                customerId: string;
                flowVersion: number;
                nodeId: string | null;
                since: string;
                activity: string | null;
                failureType: string | null;
                /** @description The failure; for missing_data, the placeholders without a value */
                message: string | null;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        BulkAction: {
            id: string;
            /** @enum {string} */
            action: "retry" | "skip" | "cancel";
            /** @enum {string} */
            status: "running" | "done";
            filter?: components["schemas"]["JsonValue"];
            total: number;
            done: number;
            succeeded: number;
            failed: number;
            /** @description Retries whose held message held again because a value is still missing: not failures, but those journeys still need their customer profile filled in */
            heldAgain: number;
            /** @description The first 50 journeys that failed or held again, with why */
            errors: ({
                journeyId: string;
                error: string;
                /**
                 * @description Held again for missing data, not failed
                 * @enum {boolean}
                 */
                heldAgain?: true;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
            requestedBy: string;
            reason: string | null;
            createdAt: string;
            endedAt: string | null;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        Insights: {
            /** @description The range asked for, and how to say it (es/en) */
            range: {
                es: string;
                en: string;
                from: string;
                to: string;
                lastDay: string;
                tz: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
            flowId: string | null;
            version: number | null;
            total: {
                entered: number;
                running: number;
                completed: number;
                goalReached: number;
                escalated: number;
                failed: number;
                cancelled: number;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
            versions: ({
                entered: number;
                running: number;
                completed: number;
                goalReached: number;
                escalated: number;
                failed: number;
                cancelled: number;
                flowId: string;
                version: number;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
            waits: ({
                nodeId: string;
                kind: string | null;
                waits: number;
                avgSeconds: number;
                medianSeconds: number;
                p90Seconds: number;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
            dropOff: ({
                nodeId: string;
                kind: string | null;
                entered: number;
                continued: number;
                completedHere: number;
                droppedHere: number;
                waitingHere: number;
                dropRate: number;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
            splits: ({
                nodeId: string;
                variants: ({
                    variant: string;
                    journeys: number;
                    converted: number;
                    rate: number;
                    low: number;
                    high: number;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
                comparisons: ({
                    a: string;
                    b: string;
                    difference: number;
                    low: number;
                    high: number;
                    pValue: number;
                    verdict: {
                        es: string;
                        en: string;
                        kind: string;
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
            csat: {
                answers: number;
                average: number | null;
                byDay: ({
                    key: string | null;
                    answers: number;
                    average: number | null;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
                byFlow: ({
                    key: string | null;
                    answers: number;
                    average: number | null;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
                byQueue: ({
                    key: string | null;
                    answers: number;
                    average: number | null;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
                byChannel: ({
                    key: string | null;
                    answers: number;
                    average: number | null;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
                byAgent: ({
                    key: string | null;
                    answers: number;
                    average: number | null;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
                comments: ({
                    journeyId: string;
                    day: string;
                    score: number;
                    channel: string | null;
                    agent: string | null;
                    comment: string;
                    sentiment: {
                        label: string;
                        score: number;
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
            escalations: {
                total: number;
                byReason: ({
                    reason: string;
                    label: {
                        es: string;
                        en: string;
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                    count: number;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
                byDay: ({
                    day: string;
                    reason: string;
                    count: number;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
                topics: {
                    es: ({
                        phrase: string;
                        count: number;
                        examples: string[];
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    })[];
                    en: ({
                        phrase: string;
                        count: number;
                        examples: string[];
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    })[];
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                };
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
            /** @description Names of the flows, queues and agents (display names) the figures mention, by id: what a table shows instead of the id */
            names: {
                flows: {
                    [key: string]: string;
                };
                queues: {
                    [key: string]: string;
                };
                agents: {
                    [key: string]: string;
                };
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        InsightsExampleData: {
            journeys: number;
            flows: string[];
            range: {
                from: string;
                to: string;
                tz: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        Customer: {
            id: string;
            name: string | null;
            email: string | null;
            phone: string | null;
            /** @enum {string|null} */
            locale: "es" | "en" | null;
            timeZone: string | null;
            tier: string | null;
            consent: {
                [key: string]: boolean;
            };
            tags: string[];
            attributes: {
                [key: string]: components["schemas"]["JsonValue"];
            };
            createdAt: string;
            updatedAt: string;
            erasedAt: string | null;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        CustomerInput: {
            name?: string | null;
            /**
             * @description Stored trimmed and in lower case
             * @example camila@example.cl
             */
            email?: string | null;
            /**
             * @description E.164 recommended
             * @example +56911112222
             */
            phone?: string | null;
            /** @enum {string|null} */
            locale?: "es" | "en" | null;
            /**
             * Format: timezone
             * @description An IANA time zone (canonical name), e.g. America/Santiago
             * @example America/Santiago
             */
            timeZone?: string | null;
            tier?: string | null;
            /** @description Per channel: true may contact, false opted out (merged into the stored consent) */
            consent?: {
                whatsapp?: boolean;
                sms?: boolean;
                email?: boolean;
                voice?: boolean;
            };
            /** @description Replaces the tags */
            tags?: string[];
            /** @description CRM data (merged key by key) */
            attributes?: {
                [key: string]: components["schemas"]["JsonValue"];
            };
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        Timeline: {
            messages: components["schemas"]["Message"][];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        CustomerExport: {
            [key: string]: components["schemas"]["JsonValue"];
        };
        ErasureReport: {
            customerId: string;
            erased: {
                customers: number;
                messages: number;
                events: number;
                journeys: number;
                steps: number;
                tickets: number;
                notes: number;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
            /** @description What happened to the customer's journeys in Temporal */
            temporal: {
                journeys: number;
                /** @description Running journeys terminated first */
                terminated: number;
                /** @description Workflow executions deleted (history and visibility) */
                deleted: number;
                failed: ({
                    journeyId: string;
                    error: string;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
                /** @description Payloads are encrypted: what remains needs the key */
                encrypted: boolean;
                /** @description How long closed histories are kept */
                retentionDays: number | null;
                note: {
                    es: string;
                    en: string;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                };
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        HandoffList: {
            handoffs: components["schemas"]["Ticket"][];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        Ticket: {
            id: string;
            /** @enum {string} */
            kind: "handoff" | "crm";
            customerId: string;
            journeyId: string | null;
            nodeId: string | null;
            queue: string;
            /** @enum {string} */
            priority: "low" | "normal" | "high" | "urgent";
            /** @enum {string} */
            status: "open" | "pending" | "resolved" | "closed";
            subject: string | null;
            slaDeadline: string | null;
            assignedTo: string | null;
            resolution: string | null;
            detail: {
                [key: string]: components["schemas"]["JsonValue"];
            };
            createdAt: string;
            updatedAt: string;
            resolvedAt: string | null;
            notes: ({
                id: number;
                author: string | null;
                body: string;
                createdAt: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        ResolveHandoffResult: components["schemas"]["Ticket"] & ({
            journey: ({
                id: string;
                signalled: boolean;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            }) | null;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        });
        ResolveHandoff: {
            /**
             * @default resolved
             * @example resolved
             */
            resolution?: string;
            agent?: string;
            note?: string;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        HandoffSuggestions: {
            handoffId: string;
            /** @description What was searched for */
            question: string;
            /** @enum {string} */
            lang: "es" | "en";
            articles: ({
                id: string;
                /** @enum {string} */
                lang: "es" | "en";
                title: string;
                /** @description The article's first paragraph: what the bot sends */
                answer: string;
                tags: string[];
                /** @description Share of the question the article covers: title/tags 1, body 0.75 */
                score: number;
                /** @description The bot already sent it (see `bot.outcome`) */
                offeredByBot: boolean;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
            /** @description A reply to send: the best article's answer, addressed to the customer */
            reply: ({
                articleId: string;
                text: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            }) | null;
            /** @description What the bot tried, if a bot ran */
            bot: {
                [key: string]: components["schemas"]["JsonValue"];
            } | null;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        AssignHandoff: {
            /** @description A person who works the (new) queue; null leaves the case unassigned */
            assignee?: string | null;
            /** @description Move the case to this queue (one within your reach) */
            queue?: string;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        CaseContext: {
            case: components["schemas"]["Ticket"];
            path: components["schemas"]["CasePathStep"][];
            sentiment: components["schemas"]["SentimentPoint"][];
            /** @description Why the flow escalated (the analyzer’s reasons) */
            reasons: string[];
            /** @description The customer's other cases, newest first */
            earlier: components["schemas"]["Ticket"][];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        CasePathStep: {
            nodeId: string;
            kind: string | null;
            port: string | null;
            at: string;
            /** @description The block's name (its label, else its kind's name) */
            label: {
                es: string;
                en: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
            /** @description How it left, in words (null when it left by no port) */
            portLabel: ({
                es: string;
                en: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            }) | null;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        SentimentPoint: {
            at: string;
            label: string | null;
            score: number | null;
            escalate: boolean | null;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        CaseNote: {
            /** @example Llamé al cliente, espera el reembolso */
            body: string;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        TransferCase: {
            /**
             * @description The queue the case moves to (it leaves your hands, unassigned)
             * @example billing
             */
            queue: string;
            /** @description Why, for whoever takes it */
            note?: string;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        CaseReplyResult: {
            /**
             * @description `pending`: accepted and waiting (quiet hours) or being retried; it goes out from the outbox
             * @enum {string}
             */
            status: "sent" | "queued" | "deferred" | "suppressed" | "failed" | "pending";
            /** @enum {string} */
            channel: "whatsapp" | "sms" | "email" | "voice";
            messageId: string;
            /** @description Why it was suppressed, deferred or failed */
            reason: string | null;
            retryAt: string | null;
            requestId: string;
            /** @description The customer's message it answers (WhatsApp: inside 24 h, quiet hours do not hold it) */
            inReplyTo: ({
                /** @enum {string} */
                channel: "whatsapp" | "sms" | "email" | "voice";
                at: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            }) | null;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        CaseReply: {
            /** @example Hola Camila, ya revisé tu caso… */
            text: string;
            /**
             * @description Default: the channel of the customer's newest message
             * @enum {string}
             */
            channel?: "whatsapp" | "sms" | "email" | "voice";
            /** @description For email */
            subject?: string;
            /** @description Your id for this reply: sending it again sends nothing new (default: a new one) */
            requestId?: string;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        CaseStreamEvent: {
            /** @enum {string} */
            event: "ready" | "case.created" | "case.changed" | "customer.replied" | "sla.warning";
            /** @description JSON: `{ queues }` for ready; `{ event, case }` (the case as it is now) */
            data: string;
            id?: string;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        CasesOverview: {
            queues: components["schemas"]["QueueOverview"][];
            agents: components["schemas"]["AgentLoad"][];
            /** @description Open cases whose SLA ends within the warning window, or ended */
            atRisk: components["schemas"]["Ticket"][];
            warnMinutes: number;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        QueueOverview: {
            queue: string;
            name: string;
            /**
             * @description How the queue hands out new cases: nobody until claimed, in turn, or to the least loaded member
             * @enum {string}
             */
            assignment: "manual" | "round_robin" | "least_loaded";
            open: number;
            unassigned: number;
            oldestWaitingSince: string | null;
            nearBreach: number;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        AgentLoad: {
            id: string;
            displayName: string;
            queues: string[];
            open: number;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        KbArticleList: {
            articles: components["schemas"]["KbArticle"][];
            total: number;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        KbArticle: {
            /** @example kb_horario_atencion */
            id: string;
            /** @enum {string} */
            lang: "es" | "en";
            title: string;
            body: string;
            tags: string[];
            /** @enum {string} */
            status: "draft" | "published";
            /** @description Bumped on every change (send it back as `revision`) */
            revision: number;
            author: string | null;
            createdAt: string;
            updatedAt: string;
            publishedAt: string | null;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        KbArticleCreate: {
            id?: string;
            /** @enum {string} */
            lang: "es" | "en";
            title: string;
            body: string;
            /** @default [] */
            tags?: string[];
            /**
             * @default draft
             * @enum {string}
             */
            status?: "draft" | "published";
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        KbArticleUpdate: {
            /** @enum {string} */
            lang: "es" | "en";
            title: string;
            body: string;
            /** @default [] */
            tags?: string[];
            /**
             * @default draft
             * @enum {string}
             */
            status?: "draft" | "published";
            /** @description The revision you edited (or If-Match); a newer stored article answers 409 */
            revision?: number;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        KbSearchResult: {
            /** @enum {string} */
            lang: "es" | "en";
            query: string;
            terms: number;
            hits: components["schemas"]["KbHit"][];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        KbHit: {
            id: string;
            /** @enum {string} */
            lang: "es" | "en";
            title: string;
            /** @description The article's first paragraph: what the bot sends */
            answer: string;
            tags: string[];
            /** @enum {string} */
            status: "draft" | "published";
            /** @description Share of the question the article covers: title/tags 1, body 0.75 */
            score: number;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        KbActivityResult: {
            /** @enum {string} */
            lang: "es" | "en";
            query: string;
            terms: number;
            hits: ({
                id: string;
                /** @enum {string} */
                lang: "es" | "en";
                title: string;
                answer: string;
                /** @default [] */
                tags?: string[];
                score: number;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        KbActivitySearch: {
            text: string;
            /** @enum {string} */
            lang?: "es" | "en";
            /** @default 3 */
            limit?: number;
            /** @default 0 */
            minScore?: number;
            /** @description A simulation's own articles: searched instead of the knowledge base, never stored */
            articles?: ({
                id?: string;
                /** @enum {string} */
                lang: "es" | "en";
                title: string;
                body: string;
                tags?: string[];
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        InboundResult: {
            messageId: string;
            customerId: string;
            /** @description Whether the sender is a known customer */
            known: boolean;
            /** @description The provider sent this message before (stored once) */
            duplicate: boolean;
            /** @description Journeys the reply was delivered to; when none waited for it, the journeys a `message.received` event (text and channel) started (may be none) */
            journeys: ({
                flowId: string;
                version: number;
                workflowId: string;
                /** @enum {string} */
                action: "started" | "advanced" | "skipped";
                reason?: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        /** @description Either `customerId` or `from` (or both) must be set. */
        SandboxInbound: ({
            /** @description The customer (else found by `from`) */
            customerId?: string;
            /** @description Phone or email of the sender */
            from?: string;
            text: string;
            /**
             * @default whatsapp
             * @enum {string}
             */
            channel?: "whatsapp" | "sms" | "email" | "voice";
            /** @description The message id; a repeat with the same id is stored once (default: generated) */
            messageId?: string;
            /**
             * Format: date-time
             * @example 2026-03-02T10:00:00-03:00
             */
            at?: string;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        }) | unknown | unknown;
        TwilioInbound: {
            MessageSid: string;
            /** @example whatsapp:+56911112222 */
            From: string;
            To?: string;
            /** @default  */
            Body?: string;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        WhatsAppInbound: {
            object?: string;
            entry: ({
                id?: string;
                changes: ({
                    field?: string;
                    value: {
                        messages?: ({
                            from: string;
                            id: string;
                            timestamp?: string;
                            type: string;
                            text?: {
                                body: string;
                            } & {
                                [key: string]: components["schemas"]["JsonValue"];
                            };
                            button?: {
                                text: string;
                            } & {
                                [key: string]: components["schemas"]["JsonValue"];
                            };
                            interactive?: {
                                button_reply?: {
                                    title: string;
                                } & {
                                    [key: string]: components["schemas"]["JsonValue"];
                                };
                                list_reply?: {
                                    title: string;
                                } & {
                                    [key: string]: components["schemas"]["JsonValue"];
                                };
                            } & {
                                [key: string]: components["schemas"]["JsonValue"];
                            };
                        } & {
                            [key: string]: components["schemas"]["JsonValue"];
                        })[];
                        statuses?: ({
                            id: string;
                            status: string;
                        } & {
                            [key: string]: components["schemas"]["JsonValue"];
                        })[];
                    } & {
                        [key: string]: components["schemas"]["JsonValue"];
                    };
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                })[];
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        SandboxReply: {
            customerId: string;
            text: string;
            /**
             * @default whatsapp
             * @enum {string}
             */
            channel?: "whatsapp" | "sms" | "email" | "voice";
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        Activities: {
            kinds: components["schemas"]["NodeKindInfo"][];
            custom: components["schemas"]["CustomActivityInfo"][];
            /** @description Published flows an incompatible contract change affects */
            flags: components["schemas"]["ActivityFlag"][];
            /** @description JSON Schema of a flow document */
            flowDocument: {
                [key: string]: components["schemas"]["JsonValue"];
            };
            /** @description The queues a hand-off may name, with how many people work each (a hand-off to a queue nobody works is a warning) */
            queues: ({
                /** @description The name a hand-off node gives as its queue */
                id: string;
                name: string;
                /** @description Active people who work the queue */
                people: number;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        NodeKindInfo: {
            kind: string;
            group: string;
            label: {
                es: string;
                en: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
            description: {
                es: string;
                en: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
            /** @description Output ports with default params (some kinds add ports from their params) */
            ports: ({
                name: string;
                label: {
                    es: string;
                    en: string;
                } & {
                    [key: string]: components["schemas"]["JsonValue"];
                };
                required: boolean;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
            /** @description JSON Schema of the params (input side) */
            params: {
                [key: string]: components["schemas"]["JsonValue"];
            };
            /** @description The activity the node calls, if any */
            activity: string | null;
            waits: boolean;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        CustomActivityInfo: {
            /** @description What a custom node names in `params.activity`: `name`, or `name@<version>` after 1 */
            name: string;
            /** @description The activity name without the version */
            activity: string;
            version: number;
            label: {
                es: string;
                en: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
            description: {
                es: string;
                en: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
            /** @description JSON Schema of the input */
            input: {
                [key: string]: components["schemas"]["JsonValue"];
            };
            /** @description JSON Schema of the output */
            output: {
                [key: string]: components["schemas"]["JsonValue"];
            };
            startToCloseTimeoutMs: number;
            retry: {
                maximumAttempts: number;
                initialIntervalMs: number;
                backoffCoefficient: number;
                maximumIntervalMs: number;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
            heartbeatTimeoutMs: number | null;
            /** @description The queue its workers poll; null: the journeys' queue */
            taskQueue: string | null;
            worker: {
                identity: string;
                sdk?: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
            /** @description When a worker last published it */
            seenAt: string;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        ActivityFlag: {
            id: number;
            /** @description The activity reference (`name` or `name@<version>`) */
            activity: string;
            flowId: string;
            flowVersion: number;
            nodeId: string;
            changes: components["schemas"]["ContractChange"][];
            /** @description The compiler's errors on the published version under the new contract */
            diagnostics: {
                [key: string]: components["schemas"]["JsonValue"];
            }[];
            flaggedAt: string;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        ContractChange: {
            /** @enum {string} */
            side: "input" | "output";
            /** @enum {string} */
            kind: "removed" | "newly_required" | "type_changed";
            path: string[];
            before?: string;
            after?: string;
            message: {
                es: string;
                en: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        ActivityPublicationResult: {
            activities: ({
                ref: string;
                /** @enum {string} */
                status: "new" | "unchanged" | "changed";
                compatible: boolean;
                changes: components["schemas"]["ContractChange"][];
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
            flags: components["schemas"]["ActivityFlag"][];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        ActivityFlags: {
            flags: components["schemas"]["ActivityFlag"][];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        TemplateList: {
            templates: components["schemas"]["Template"][];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        Template: {
            id: string;
            name: string;
            description?: string;
            document: {
                [key: string]: components["schemas"]["JsonValue"];
            };
            scenarios: components["schemas"]["JsonValue"][];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        ApiKey: {
            id: string;
            name: string;
            /** @description The first characters, to tell keys apart */
            prefix: string;
            scopes: string[];
            createdAt: string;
            lastUsedAt: string | null;
            revokedAt: string | null;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        CreateApiKey: {
            /** @example billing-system */
            name: string;
            /**
             * @example [
             *       "events:write"
             *     ]
             */
            scopes: ("events:write" | "flows:read" | "flows:write" | "flows:publish" | "journeys:read" | "journeys:write" | "cases:read" | "cases:write" | "cases:assign" | "customers:read" | "kb:read" | "kb:write" | "keys:manage" | "activities:publish" | "users:read" | "users:manage" | "admin")[];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        /** @description Temporal's remote codec protocol: temporal.api.common.v1.Payloads in proto3 JSON (bytes in base64) */
        CodecPayloads: {
            payloads: ({
                /** @description Values in base64 */
                metadata?: {
                    [key: string]: string;
                };
                /** @description base64 */
                data?: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        AuthProviders: {
            password: boolean;
            /** @description OpenID Connect sign-in, when configured: send the browser to `startUrl` */
            oidc: ({
                name: string;
                startUrl: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            }) | null;
            /** @description Whether this request carried a session cookie (`GET /v1/me` says whether it is still valid): without one, a page shows the sign-in at once */
            session: boolean;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        Me: ({
            /** @enum {string} */
            kind: "user";
            user: {
                id: string;
                email: string;
                displayName: string;
                roles: ("agent" | "supervisor" | "cx_manager" | "developer" | "admin")[];
                /** @enum {string} */
                language: "es" | "en";
                /** @description Signed in with a one-time password: only changing it is allowed until then */
                mustChangePassword: boolean;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
            /** @description Every permission the roles give (with implied ones) */
            permissions: ("events:write" | "flows:read" | "flows:write" | "flows:publish" | "journeys:read" | "journeys:write" | "cases:read" | "cases:write" | "cases:assign" | "customers:read" | "kb:read" | "kb:write" | "keys:manage" | "activities:publish" | "users:read" | "users:manage" | "admin")[];
            /** @description Permissions that reach only part of the data: `queues` — cases in `queues` and their customers; `teams` — members of `teams`. Others reach everything. */
            limitedTo: {
                [key: string]: "queues" | "teams";
            };
            /** @description Queues whose cases the person reaches (own and teams’) */
            queues: ({
                id: string;
                name: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
            teams: ({
                id: string;
                name: string;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            })[];
            session: {
                /** @enum {string} */
                method: "password" | "oidc";
                createdAt: string;
                /** @description The absolute end of the session */
                expiresAt: string;
                /** @description The session ends after this long without a request */
                idleMinutes: number;
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
            /** @description Send it as X-CSRF-Token on every state-changing request */
            csrfToken: string;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        }) | ({
            /** @enum {string} */
            kind: "key";
            key: {
                id: string;
                name: string;
                prefix: string;
                scopes: string[];
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            };
            permissions: ("events:write" | "flows:read" | "flows:write" | "flows:publish" | "journeys:read" | "journeys:write" | "cases:read" | "cases:write" | "cases:assign" | "customers:read" | "kb:read" | "kb:write" | "keys:manage" | "activities:publish" | "users:read" | "users:manage" | "admin")[];
            limitedTo: {
                [key: string]: "queues" | "teams";
            };
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        });
        /** @description Email and password of a person (systems use API keys instead) */
        SignIn: {
            /**
             * Format: email
             * @example ana@example.com
             */
            email: string;
            password: string;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        UpdateMe: {
            displayName?: string;
            /** @enum {string} */
            language?: "es" | "en";
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        /** @description The new password: 12–256 characters, not the email, not a repeated character, keyboard row or well-known password. Other sessions of the account end. */
        ChangePassword: {
            currentPassword: string;
            newPassword: string;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        UserList: {
            users: components["schemas"]["User"][];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        User: {
            id: string;
            email: string;
            displayName: string;
            roles: ("agent" | "supervisor" | "cx_manager" | "developer" | "admin")[];
            /** @enum {string} */
            language: "es" | "en";
            active: boolean;
            mustChangePassword: boolean;
            hasPassword: boolean;
            /** @description Linked to an OpenID Connect account */
            oidc: boolean;
            queues: string[];
            teams: string[];
            createdAt: string;
            updatedAt: string;
            lastSignInAt: string | null;
            deactivatedAt: string | null;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        UserResult: {
            user: components["schemas"]["User"];
            /** @description Shown only now: give it to the person; they choose their own when they sign in */
            oneTimePassword?: string;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        CreateUser: {
            /**
             * Format: email
             * @example ana@example.com
             */
            email: string;
            displayName: string;
            /** @default [] */
            roles?: ("agent" | "supervisor" | "cx_manager" | "developer" | "admin")[];
            /**
             * @default es
             * @enum {string}
             */
            language?: "es" | "en";
            /**
             * @description Queues the person works (agents)
             * @default []
             */
            queues?: string[];
            /**
             * @description Teams the person belongs to (supervisors oversee theirs)
             * @default []
             */
            teams?: string[];
            /** @description Set a password (the policy applies). Without one, a one-time password is made and answered once: the person chooses their own at first sign-in. */
            password?: string;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        UpdateUser: {
            /**
             * Format: email
             * @example ana@example.com
             */
            email?: string;
            displayName?: string;
            roles?: ("agent" | "supervisor" | "cx_manager" | "developer" | "admin")[];
            /** @enum {string} */
            language?: "es" | "en";
            /** @description Replaces the queues the person works */
            queues?: string[];
            /** @description Replaces the teams the person belongs to */
            teams?: string[];
            /** @description false deactivates the account and ends its sessions */
            active?: boolean;
            /** @description Set a new password (the policy applies); the account’s sessions end */
            password?: string;
            /**
             * @description Make a new one-time password (answered once); the account’s sessions end
             * @enum {boolean}
             */
            resetPassword?: true;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        TeamList: {
            teams: components["schemas"]["Team"][];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        Team: {
            id: string;
            name: string;
            queues: string[];
            /**
             * Format: business-hours
             * @description SLAs of the team's cases count in it (null: the flow's hours)
             */
            calendar: ({
                /**
                 * @default [
                 *       "mon",
                 *       "tue",
                 *       "wed",
                 *       "thu",
                 *       "fri"
                 *     ]
                 */
                days?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                /** @default 09:00 */
                start?: string;
                /** @default 18:00 */
                end?: string;
                /** Format: timezone */
                timeZone?: string;
                /** @enum {string} */
                holidays?: "CL" | "MX" | "AR" | "CO" | "ES";
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            }) | null;
            createdAt: string;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        CreateTeam: {
            name: string;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        SetTeamCalendar: {
            /** Format: business-hours */
            calendar: ({
                /**
                 * @default [
                 *       "mon",
                 *       "tue",
                 *       "wed",
                 *       "thu",
                 *       "fri"
                 *     ]
                 */
                days?: ("mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun")[];
                /** @default 09:00 */
                start?: string;
                /** @default 18:00 */
                end?: string;
                /** Format: timezone */
                timeZone?: string;
                /** @enum {string} */
                holidays?: "CL" | "MX" | "AR" | "CO" | "ES";
            } & {
                [key: string]: components["schemas"]["JsonValue"];
            }) | null;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        QueueList: {
            queues: components["schemas"]["Queue"][];
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        Queue: {
            /** @description The name tickets and handoff nodes use */
            id: string;
            name: string;
            teamId: string | null;
            /**
             * @description How the queue hands out new cases: nobody until claimed, in turn, or to the least loaded member
             * @enum {string}
             */
            assignment: "manual" | "round_robin" | "least_loaded";
            /** @description Open and pending cases */
            open: number;
            createdAt: string;
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        CreateQueue: {
            /** @example billing */
            id: string;
            name?: string;
            teamId?: string | null;
            /**
             * @description How the queue hands out new cases: nobody until claimed, in turn, or to the least loaded member
             * @enum {string}
             */
            assignment?: "manual" | "round_robin" | "least_loaded";
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        UpdateQueue: {
            name?: string;
            teamId?: string | null;
            /**
             * @description How the queue hands out new cases: nobody until claimed, in turn, or to the least loaded member
             * @enum {string}
             */
            assignment?: "manual" | "round_robin" | "least_loaded";
        } & {
            [key: string]: components["schemas"]["JsonValue"];
        };
        /** @description Any JSON value: strings and keys without NUL (\u0000) or unpaired surrogates, nested at most 32 deep */
        JsonValue: unknown;
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
