-- Projection of ClientAdmitted: what matching needs of an admitted client, pseudonymous only.
CREATE TABLE candidate_profile (
    client_id                  UUID PRIMARY KEY,
    tenant                     VARCHAR(64) NOT NULL,
    programme_id               UUID        NOT NULL,
    target_group               VARCHAR(32) NOT NULL,
    participation_ladder_step  INT,
    wage_value_percent         INT,
    hours_per_week             INT,
    postcode_area              VARCHAR(4),
    max_travel_minutes         INT,
    work_types                 TEXT,         -- comma-separated
    physical_limits            TEXT,         -- comma-separated PhysicalLimit names
    admitted_on                DATE        NOT NULL,
    updated_at                 TIMESTAMPTZ NOT NULL
);
CREATE INDEX candidate_profile_tenant ON candidate_profile (tenant, admitted_on);
