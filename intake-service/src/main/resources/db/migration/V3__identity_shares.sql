-- Which employer may learn which client's name: one row per proposal whose consent matching-service reported
-- (IdentitySharingConsented). The name itself stays in client; this only opens the door for that employer.
CREATE TABLE identity_share (
    proposal_id   UUID PRIMARY KEY,
    tenant        VARCHAR(64) NOT NULL,
    client_id     UUID        NOT NULL,
    employer_id   UUID        NOT NULL,
    vacancy_id    UUID        NOT NULL,
    consented_on  DATE        NOT NULL,
    received_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX identity_share_employer ON identity_share (tenant, employer_id);
