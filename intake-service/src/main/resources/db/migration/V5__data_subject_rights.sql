-- Data-subject rights: export and erasure requests, each service's answer, and the retention period.

-- Erasure keeps the row (the pseudonymous id stays referenced by referrals and by every other service's records)
-- and removes what identifies the person.
ALTER TABLE client ALTER COLUMN bsn_hash DROP NOT NULL;
ALTER TABLE client ALTER COLUMN bsn_encrypted DROP NOT NULL;
ALTER TABLE client ALTER COLUMN given_names DROP NOT NULL;
ALTER TABLE client ALTER COLUMN family_name DROP NOT NULL;
ALTER TABLE client ALTER COLUMN date_of_birth DROP NOT NULL;
ALTER TABLE client ADD COLUMN erased_at TIMESTAMPTZ;
-- The retention period runs from the last day of care: a referral back, a trajectory's end, or aftercare's end.
ALTER TABLE client ADD COLUMN care_ended_on DATE;
ALTER TABLE client ADD COLUMN in_aftercare BOOLEAN NOT NULL DEFAULT FALSE;
-- Placements and aftercare ends come on two topics, in either order: the last aftercare end tells an old placement from a new one.
ALTER TABLE client ADD COLUMN aftercare_ended_on DATE;
CREATE INDEX client_retention ON client (care_ended_on) WHERE erased_at IS NULL AND care_ended_on IS NOT NULL;

CREATE TABLE data_subject_request (
    id                  UUID PRIMARY KEY,
    tenant              VARCHAR(64)  NOT NULL,
    client_id           UUID         NOT NULL REFERENCES client (id),
    data_subject_right  VARCHAR(16)  NOT NULL,   -- EXPORT or ERASURE
    reason              VARCHAR(16)  NOT NULL,   -- CLIENT_REQUEST or RETENTION
    requested_on        DATE         NOT NULL,
    requested_at        TIMESTAMPTZ  NOT NULL,
    requested_by        VARCHAR(100) NOT NULL,
    status              VARCHAR(16)  NOT NULL,   -- IN_PROGRESS, COMPLETED, EXPIRED
    completed_at        TIMESTAMPTZ,
    export_private_key  TEXT,                    -- PKCS#8, encrypted like a BSN; deleted when the export expires
    export_expires_at   TIMESTAMPTZ
);
CREATE INDEX data_subject_request_tenant ON data_subject_request (tenant, requested_at DESC);
CREATE INDEX data_subject_request_client ON data_subject_request (tenant, client_id);

CREATE TABLE data_subject_request_part (
    request_id     UUID         NOT NULL REFERENCES data_subject_request (id),
    service        VARCHAR(40)  NOT NULL,
    records        INTEGER      NOT NULL,
    sealed_export  TEXT,                         -- the service's export part, sealed for this request's key
    completed_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (request_id, service)
);
