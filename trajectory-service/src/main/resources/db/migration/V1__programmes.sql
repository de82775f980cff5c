-- A programme (traject-type) in versions: a published version is never changed, a change is a new version.
CREATE TABLE programme_version (
    programme_id          UUID         NOT NULL,
    version               INT          NOT NULL,
    tenant                VARCHAR(64)  NOT NULL,
    name                  VARCHAR(200) NOT NULL,
    definition            JSONB        NOT NULL,  -- target groups, criteria, phases, durations, policies
    published_at          TIMESTAMPTZ  NOT NULL,
    published_by          VARCHAR(100) NOT NULL,
    PRIMARY KEY (programme_id, version)
);
CREATE INDEX programme_version_tenant ON programme_version (tenant, name);
