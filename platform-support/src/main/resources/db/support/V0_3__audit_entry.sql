-- The audit trail of personal-data processing (AuditTrail): who, what, when and why, never the data.
-- Append-only: UPDATE and DELETE are refused; a hash chain per organisation shows tampering beyond that.
CREATE TABLE audit_entry (
    id            BIGSERIAL    PRIMARY KEY,
    tenant        VARCHAR(64)  NOT NULL,
    occurred_at   TIMESTAMPTZ  NOT NULL,
    actor         VARCHAR(200) NOT NULL,
    actor_roles   VARCHAR(200) NOT NULL,
    client_id     UUID         NOT NULL,
    category      VARCHAR(100) NOT NULL,
    operation     VARCHAR(20)  NOT NULL,
    endpoint      VARCHAR(300) NOT NULL,
    purpose       VARCHAR(300) NOT NULL,
    legal_basis   VARCHAR(300) NOT NULL,
    previous_hash CHAR(64)     NOT NULL,
    hash          CHAR(64)     NOT NULL
);
CREATE INDEX audit_entry_tenant ON audit_entry (tenant, id);
CREATE INDEX audit_entry_client ON audit_entry (tenant, client_id, id);

CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only';
END;
$$;
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
