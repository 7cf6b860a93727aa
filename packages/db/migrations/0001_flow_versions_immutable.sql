-- Published flow versions are immutable: journeys refer to them by (flow_id, version) and must always find
-- exactly what they ran. Rollback publishes a copy as a new version instead of editing an old row.
CREATE OR REPLACE FUNCTION ruta_reject_flow_version_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'flow_versions rows are immutable (flow %, version %)', OLD.flow_id, OLD.version
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER flow_versions_immutable BEFORE UPDATE OR DELETE ON flow_versions
  FOR EACH ROW EXECUTE FUNCTION ruta_reject_flow_version_change();
