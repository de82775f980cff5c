-- Programmes as trajectory-service publishes them (a projection), to evaluate programme fit.
CREATE TABLE programme (
    programme_id  UUID         NOT NULL,
    version       INT          NOT NULL,
    tenant        VARCHAR(64)  NOT NULL,
    name          VARCHAR(200) NOT NULL,
    definition    JSONB        NOT NULL,   -- the ProgrammePublished payload
    published_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (programme_id, version)
);
CREATE INDEX programme_tenant ON programme (tenant);

CREATE TABLE intake_interview (
    id            UUID PRIMARY KEY,
    tenant        VARCHAR(64)  NOT NULL,
    client_id     UUID         NOT NULL REFERENCES client (id),
    held_on       DATE         NOT NULL,
    interviewer   VARCHAR(100) NOT NULL,
    motivation    INT          NOT NULL CHECK (motivation BETWEEN 1 AND 5),
    notes         TEXT,
    recorded_at   TIMESTAMPTZ  NOT NULL,
    recorded_by   VARCHAR(100) NOT NULL
);
CREATE INDEX intake_interview_client ON intake_interview (client_id, held_on);

-- One row per instrument result; rows are never updated, so history shows change over time.
CREATE TABLE assessment (
    id            UUID PRIMARY KEY,
    tenant        VARCHAR(64)  NOT NULL,
    client_id     UUID         NOT NULL REFERENCES client (id),
    instrument    VARCHAR(40)  NOT NULL,
    assessed_on   DATE         NOT NULL,
    result        JSONB        NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL,
    recorded_by   VARCHAR(100) NOT NULL
);
CREATE INDEX assessment_client_instrument ON assessment (client_id, instrument, assessed_on, recorded_at);

ALTER TABLE referral ADD COLUMN intake_planned_on DATE;
ALTER TABLE referral ADD COLUMN decision_note VARCHAR(2000);
ALTER TABLE referral ADD COLUMN decided_by VARCHAR(100);
