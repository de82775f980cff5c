-- The daily list per coach of trajectories that need a look, with the reasons, as computed that morning.
CREATE TABLE signal_digest (
    tenant        VARCHAR(64)  NOT NULL,
    coach         VARCHAR(100) NOT NULL,
    computed_on   DATE         NOT NULL,
    items         JSONB        NOT NULL,   -- [{trajectoryId, clientId, signals: [{kind, reason}]}]
    computed_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (tenant, coach, computed_on)
);
