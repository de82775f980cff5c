-- SroiManuallyCredited: credit from an approved manual entry, which has no placement or client behind it.
ALTER TABLE projection.sroi_credit
    ALTER COLUMN placement_id DROP NOT NULL,
    ALTER COLUMN client_id DROP NOT NULL,
    ADD COLUMN manual_kind VARCHAR(32);   -- null for a placement's credit
