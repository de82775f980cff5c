-- The facts of every client's journey, one table per kind of fact, in a schema of their own so that a replay
-- can build a fresh copy (projection_rebuild) beside it and swap the two by renaming. Rows are keyed by the
-- fact's own id so that redelivery and arrival out of order (an end before its start) land in the same row;
-- KPIs are computed from these facts when asked, never stored.
CREATE SCHEMA projection;

CREATE TABLE projection.referral (
    tenant                  VARCHAR(64) NOT NULL,
    referral_id             UUID        NOT NULL,
    client_id               UUID        NOT NULL,
    municipality_code       VARCHAR(16) NOT NULL,
    indicated_programme_id  UUID,
    received_on             DATE        NOT NULL,
    PRIMARY KEY (tenant, referral_id)
);

CREATE TABLE projection.admission (
    tenant              VARCHAR(64) NOT NULL,
    referral_id         UUID        NOT NULL,
    client_id           UUID        NOT NULL,
    municipality_code   VARCHAR(16) NOT NULL,
    programme_id        UUID        NOT NULL,
    admitted_on         DATE        NOT NULL,
    target_group        VARCHAR(32) NOT NULL,
    postcode_area       VARCHAR(4),
    PRIMARY KEY (tenant, referral_id)
);
CREATE INDEX admission_client ON projection.admission (tenant, client_id);

CREATE TABLE projection.referred_back (
    tenant              VARCHAR(64) NOT NULL,
    referral_id         UUID        NOT NULL,
    client_id           UUID        NOT NULL,
    municipality_code   VARCHAR(16) NOT NULL,
    reason              VARCHAR(40) NOT NULL,
    referred_back_on    DATE        NOT NULL,
    PRIMARY KEY (tenant, referral_id)
);

-- Filled by TrajectoryStarted and TrajectoryEnded in whichever order they arrive.
CREATE TABLE projection.trajectory (
    tenant          VARCHAR(64) NOT NULL,
    trajectory_id   UUID        NOT NULL,
    client_id       UUID        NOT NULL,
    programme_id    UUID        NOT NULL,
    started_on      DATE        NOT NULL,
    planned_end_on  DATE,
    ended_on        DATE,
    outcome         VARCHAR(32),
    PRIMARY KEY (tenant, trajectory_id)
);
CREATE INDEX trajectory_client ON projection.trajectory (tenant, client_id);

CREATE TABLE projection.extension (
    tenant              VARCHAR(64) NOT NULL,
    trajectory_id       UUID        NOT NULL,
    extension_number    INTEGER     NOT NULL,
    extension_months    INTEGER     NOT NULL,
    PRIMARY KEY (tenant, trajectory_id, extension_number)
);

-- Filled by ClientPlaced and PlacementEnded in whichever order they arrive; placed_on is null until placed.
CREATE TABLE projection.placement (
    tenant          VARCHAR(64) NOT NULL,
    placement_id    UUID        NOT NULL,
    client_id       UUID        NOT NULL,
    employer_id     UUID        NOT NULL,
    contract_type   VARCHAR(32),
    hours_per_week  INTEGER,
    aged_55_or_over BOOLEAN,
    placed_on       DATE,
    ended_on        DATE,
    end_reason      VARCHAR(64),
    PRIMARY KEY (tenant, placement_id)
);
CREATE INDEX placement_client ON projection.placement (tenant, client_id);

CREATE TABLE projection.aftercare_end (
    tenant          VARCHAR(64) NOT NULL,
    trajectory_id   UUID        NOT NULL,
    client_id       UUID        NOT NULL,
    ended_on        DATE        NOT NULL,
    still_employed  BOOLEAN     NOT NULL,
    PRIMARY KEY (tenant, trajectory_id)
);

-- A client can be back on benefits more than once: one row per event.
CREATE TABLE projection.benefit_resumption (
    tenant              VARCHAR(64) NOT NULL,
    event_id            UUID        NOT NULL,
    client_id           UUID        NOT NULL,
    municipality_code   VARCHAR(16) NOT NULL,
    resumed_on          DATE        NOT NULL,
    PRIMARY KEY (tenant, event_id)
);
CREATE INDEX benefit_resumption_client ON projection.benefit_resumption (tenant, client_id);

CREATE TABLE projection.programme (
    tenant              VARCHAR(64)  NOT NULL,
    programme_id        UUID         NOT NULL,
    version             INTEGER      NOT NULL,
    name                VARCHAR(200) NOT NULL,
    max_duration_months INTEGER      NOT NULL,
    PRIMARY KEY (tenant, programme_id, version)
);

CREATE TABLE projection.sroi_credit (
    tenant          VARCHAR(64) NOT NULL,
    credit_id       UUID        NOT NULL,
    employer_id     UUID        NOT NULL,
    contract_id     UUID        NOT NULL,
    placement_id    UUID        NOT NULL,
    client_id       UUID        NOT NULL,
    period          CHAR(7)     NOT NULL,
    amount_cents    BIGINT      NOT NULL,
    PRIMARY KEY (tenant, credit_id)
);
