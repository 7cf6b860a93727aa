-- The send path's statements as functions. A call is one short statement to parse and plan, and PL/pgSQL keeps the
-- plans of the statements inside for the connection's life: PGlite (one connection, every statement parsed and
-- planned anew, as much work as a small insert) and PostgreSQL both skip that on every send.
--
-- The advisory lock a frequency-cap check holds until its transaction ends, one per customer: two sends racing for a
-- customer's last slot take turns, and the second one's count (a later statement, so a later snapshot) sees the first.
CREATE FUNCTION ruta_cap_lock(p_customer text) RETURNS void
  LANGUAGE plpgsql VOLATILE
  AS $$
  BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('ruta:cap:' || p_customer, 0));
  END
  $$;
--> statement-breakpoint
-- A customer's proactive messages in `p_statuses` since `p_since` by when they went out, other than `p_key`, counted
-- up to `p_at_most`: a range of messages_caps_sent_idx (same expression, same partial condition) stopped at the cap.
-- PL/pgSQL rather than SQL, so the plan is kept (a SQL function's body is planned again on every call before 18).
CREATE FUNCTION ruta_cap_count(p_customer text, p_since timestamptz, p_at_most int, p_statuses text[], p_key text)
  RETURNS int
  LANGUAGE plpgsql STABLE
  AS $$
  BEGIN
    RETURN (
      SELECT count(*)::int FROM (
        SELECT 1 FROM messages c
        WHERE c.customer_id = p_customer AND c.direction = 'out' AND c.transactional = false
          AND coalesce(c.sent_at, c.created_at) >= p_since
          AND c.status = ANY (p_statuses)
          AND c.idempotency_key <> p_key
        LIMIT p_at_most
      ) capped
    );
  END
  $$;
--> statement-breakpoint
-- What a send decides on, in one call: the outbox row of its key and the customer, as JSON rows.
CREATE FUNCTION ruta_send_context(p_key text, p_customer text) RETURNS TABLE (message json, customer json)
  LANGUAGE plpgsql STABLE
  AS $$
  BEGIN
    RETURN QUERY SELECT
      (SELECT row_to_json(m) FROM messages m WHERE m.idempotency_key = p_key),
      (SELECT row_to_json(u) FROM customers u WHERE u.id = p_customer);
  END
  $$;
--> statement-breakpoint
-- Writes an outbound message once per idempotency key: `inserted` with the row, or `exists` with the row already
-- there. With a cap (`p_cap_since` not null) the customer's cap lock is taken first and the message is written only
-- while fewer than `p_cap_at_most` others count, else `capped` with the count and nothing written.
CREATE FUNCTION ruta_claim_outbound(
  p_id text, p_key text, p_customer text, p_channel text, p_provider text, p_provider_message_id text,
  p_journey text, p_flow text, p_node text, p_body text, p_subject text, p_status text, p_reason text,
  p_transactional boolean, p_metadata jsonb, p_now timestamptz,
  p_cap_since timestamptz, p_cap_at_most int, p_cap_statuses text[]
) RETURNS TABLE (outcome text, message json, counted int)
  LANGUAGE plpgsql VOLATILE
  AS $$
  DECLARE
    r messages;
    n int;
  BEGIN
    IF p_cap_since IS NOT NULL THEN
      PERFORM ruta_cap_lock(p_customer);
      n := ruta_cap_count(p_customer, p_cap_since, p_cap_at_most, p_cap_statuses, p_key);
      IF n >= p_cap_at_most THEN
        RETURN QUERY SELECT 'capped'::text, NULL::json, n;
        RETURN;
      END IF;
    END IF;
    INSERT INTO messages (
      id, direction, channel, provider, provider_message_id, customer_id, journey_id, flow_id, node_id,
      idempotency_key, body, subject, status, status_reason, transactional, sent_at, created_at, updated_at, metadata
    ) VALUES (
      p_id, 'out', p_channel, p_provider, p_provider_message_id, p_customer, p_journey, p_flow, p_node,
      p_key, p_body, p_subject, p_status, p_reason, p_transactional,
      CASE WHEN p_status IN ('sending', 'sent') THEN p_now END, p_now, p_now, p_metadata
    )
    ON CONFLICT (idempotency_key) DO NOTHING
    RETURNING * INTO r;
    IF FOUND THEN
      RETURN QUERY SELECT 'inserted'::text, row_to_json(r), n;
      RETURN;
    END IF;
    SELECT * INTO r FROM messages WHERE idempotency_key = p_key;
    RETURN QUERY SELECT 'exists'::text, row_to_json(r), n;
  END
  $$;
