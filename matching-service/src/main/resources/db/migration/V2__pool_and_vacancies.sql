-- What matching weighs beyond V1: competences, interests and certificates of the latest assessment.
ALTER TABLE candidate_profile
    ADD COLUMN competence_social     INT,
    ADD COLUMN competence_motivation INT,
    ADD COLUMN competence_work       INT,
    ADD COLUMN competence_learning   INT,
    ADD COLUMN riasec                TEXT,   -- e.g. R:72,S:64 (letter:score 0-100)
    ADD COLUMN certificates          TEXT,   -- comma-separated
    -- Derived from candidate_trajectory and candidate_placement whenever one of them or the profile changes.
    ADD COLUMN pool_status           VARCHAR(16) NOT NULL DEFAULT 'AVAILABLE',
    ADD COLUMN available_from        DATE;
CREATE INDEX candidate_profile_pool ON candidate_profile (pool_status);

-- Trajectories per client (trajectory-service's events); kept apart from the profile so that a trajectory event
-- arriving before the admission is stored all the same and counts as soon as the profile arrives.
CREATE TABLE candidate_trajectory (
    trajectory_id UUID PRIMARY KEY,
    tenant        VARCHAR(64) NOT NULL,
    client_id     UUID        NOT NULL,
    started_on    DATE,
    ended_on      DATE
);
CREATE INDEX candidate_trajectory_client ON candidate_trajectory (tenant, client_id);

-- Placements per client (ClientPlaced / PlacementEnded); a PlacementEnded before its ClientPlaced is kept the same way.
CREATE TABLE candidate_placement (
    placement_id UUID PRIMARY KEY,
    tenant       VARCHAR(64) NOT NULL,
    client_id    UUID        NOT NULL,
    placed_on    DATE,
    ended_on     DATE
);
CREATE INDEX candidate_placement_client ON candidate_placement (tenant, client_id);

-- Projection of VacancyPublished / VacancyClosed. A close before its publication leaves a row with only
-- closed_on set; the publication fills it in and the vacancy stays closed.
CREATE TABLE vacancy (
    vacancy_id             UUID PRIMARY KEY,
    tenant                 VARCHAR(64) NOT NULL,
    employer_id            UUID        NOT NULL,
    published              BOOLEAN     NOT NULL,
    title                  VARCHAR(200),
    occupation_isco        VARCHAR(4),
    work_type              VARCHAR(100),
    hours_per_week_min     INT,
    hours_per_week         INT,
    postcode_area          VARCHAR(4),
    start_date             DATE,
    end_date               DATE,
    min_wage_value_percent INT,
    physical_demands       TEXT,
    required_certificates  TEXT,
    wished_certificates    TEXT,
    required_social        INT,
    required_motivation    INT,
    required_work          INT,
    required_learning      INT,
    riasec_code            VARCHAR(3),
    published_on           DATE,
    closed_on              DATE,
    updated_at             TIMESTAMPTZ NOT NULL
);
CREATE INDEX vacancy_tenant ON vacancy (tenant, published_on);
