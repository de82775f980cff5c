-- A client's trajectory under one programme version. Status machine: ACTIVE -> IN_AFTERCARE -> CLOSED,
-- or ACTIVE -> ENDED; see trajectory-service/README.md.
CREATE TABLE trajectory (
    id                   UUID PRIMARY KEY,
    tenant               VARCHAR(64)  NOT NULL,
    client_id            UUID         NOT NULL,
    programme_id         UUID         NOT NULL,
    programme_version    INT          NOT NULL,
    coach                VARCHAR(100),
    status               VARCHAR(20)  NOT NULL,
    phase                VARCHAR(100) NOT NULL,
    started_on           DATE         NOT NULL,
    planned_end_on       DATE         NOT NULL,
    max_end_flagged      BOOLEAN      NOT NULL DEFAULT FALSE,
    ended_on             DATE,
    outcome              VARCHAR(40),
    outcome_note         VARCHAR(2000),
    placement_id         UUID,
    placed_on            DATE,
    aftercare_ends_on    DATE,
    placement_ended_on   DATE,
    next_review_on       DATE,
    last_activity_at     TIMESTAMPTZ  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,   -- optimistic lock: two coaches, one trajectory
    FOREIGN KEY (programme_id, programme_version) REFERENCES programme_version (programme_id, version)
);
CREATE INDEX trajectory_tenant_coach ON trajectory (tenant, coach, status);
CREATE INDEX trajectory_client ON trajectory (client_id);
-- At most one running trajectory per client: a redelivered ClientAdmitted cannot start a second one.
CREATE UNIQUE INDEX trajectory_one_running_per_client ON trajectory (client_id) WHERE status IN ('ACTIVE', 'IN_AFTERCARE');

-- The individual development plan in versions; a material change makes a new version that needs new signatures.
CREATE TABLE development_plan (
    id                   UUID PRIMARY KEY,
    trajectory_id        UUID         NOT NULL REFERENCES trajectory (id),
    plan_version         INT          NOT NULL,
    priority             VARCHAR(40)  NOT NULL,
    created_at           TIMESTAMPTZ  NOT NULL,
    created_by           VARCHAR(100) NOT NULL,
    client_signed_at     TIMESTAMPTZ,
    client_signed_by     VARCHAR(100),   -- who recorded the client's signature
    coach_signed_at      TIMESTAMPTZ,
    coach_signed_by      VARCHAR(100),
    UNIQUE (trajectory_id, plan_version)
);

CREATE TABLE plan_goal (
    id                   UUID PRIMARY KEY,
    plan_id              UUID         NOT NULL REFERENCES development_plan (id),
    position             INT          NOT NULL,
    category             VARCHAR(40)  NOT NULL,
    description          VARCHAR(1000) NOT NULL,
    measurable_target    VARCHAR(1000) NOT NULL,
    due_on               DATE         NOT NULL,
    status               VARCHAR(20)  NOT NULL
);

CREATE TABLE review (
    id                   UUID PRIMARY KEY,
    trajectory_id        UUID         NOT NULL REFERENCES trajectory (id),
    held_on              DATE         NOT NULL,
    participants         JSONB        NOT NULL,
    goal_progress        JSONB        NOT NULL,
    decision             VARCHAR(20)  NOT NULL,
    next_review_on       DATE,
    notes                VARCHAR(4000),
    recorded_at          TIMESTAMPTZ  NOT NULL,
    recorded_by          VARCHAR(100) NOT NULL
);

CREATE TABLE extension (
    id                   UUID PRIMARY KEY,
    trajectory_id        UUID         NOT NULL REFERENCES trajectory (id),
    months               INT          NOT NULL,
    reason_code          VARCHAR(60)  NOT NULL,
    motivation           VARCHAR(2000),
    status               VARCHAR(20)  NOT NULL,
    refusal_reason       VARCHAR(500),
    proposed_exit        VARCHAR(40),
    requested_at         TIMESTAMPTZ  NOT NULL,
    requested_by         VARCHAR(100) NOT NULL,
    decided_at           TIMESTAMPTZ,
    decided_by           VARCHAR(100)
);

CREATE TABLE aftercare_contact (
    id                   UUID PRIMARY KEY,
    trajectory_id        UUID         NOT NULL REFERENCES trajectory (id),
    contact_on           DATE         NOT NULL,
    kind                 VARCHAR(30)  NOT NULL,
    notes                VARCHAR(4000),
    recorded_at          TIMESTAMPTZ  NOT NULL,
    recorded_by          VARCHAR(100) NOT NULL
);

-- Everything that happened to a trajectory, in order, with who and when.
CREATE TABLE timeline_entry (
    id                   BIGSERIAL PRIMARY KEY,
    trajectory_id        UUID         NOT NULL REFERENCES trajectory (id),
    occurred_at          TIMESTAMPTZ  NOT NULL,
    actor                VARCHAR(100) NOT NULL,
    kind                 VARCHAR(40)  NOT NULL,
    summary              VARCHAR(1000) NOT NULL
);
CREATE INDEX timeline_entry_trajectory ON timeline_entry (trajectory_id, id);
