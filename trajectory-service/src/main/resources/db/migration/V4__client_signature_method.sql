-- How and on which day the client signed a plan version; the coach's account only records it.
-- Signatures recorded before this change keep NULL: how the client signed was not asked then.
ALTER TABLE development_plan ADD COLUMN client_signature_method VARCHAR(30);
ALTER TABLE development_plan ADD COLUMN client_signed_on DATE;
