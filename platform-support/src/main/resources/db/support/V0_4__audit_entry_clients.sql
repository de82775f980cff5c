-- One audit entry per processing, naming every client it touched (AuditTrail): a caseload page of twenty clients wrote
-- twenty rows repeating the same who, what and why, which made the audit trail most of the page's cost (#12).
-- Existing entries each name their one client; their hashes stay valid (one id hashes as it did).
ALTER TABLE audit_entry ADD COLUMN client_ids UUID[];
ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only;
UPDATE audit_entry SET client_ids = ARRAY[client_id];
ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only;
ALTER TABLE audit_entry ALTER COLUMN client_ids SET NOT NULL;
ALTER TABLE audit_entry ADD CONSTRAINT audit_entry_names_a_client CHECK (cardinality(client_ids) > 0);
DROP INDEX audit_entry_client;
ALTER TABLE audit_entry DROP COLUMN client_id;
-- "Who looked at this client's file": the entries whose list holds the client.
CREATE INDEX audit_entry_clients ON audit_entry USING GIN (client_ids);
