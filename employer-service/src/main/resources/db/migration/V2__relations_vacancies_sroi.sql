-- Employer relations: SBI sector code, locations, networks, contact persons, a contact log and agreements.
ALTER TABLE employer ADD COLUMN sbi_code VARCHAR(5);
ALTER TABLE employer ADD COLUMN contact_persons JSONB NOT NULL DEFAULT '[]';  -- employer staff: never in events
CREATE INDEX employer_tenant_sbi ON employer (tenant, sbi_code);

CREATE TABLE employer_location (
    employer_id   UUID        NOT NULL REFERENCES employer (id),
    postcode      VARCHAR(6)  NOT NULL,   -- normalised 1234AB
    PRIMARY KEY (employer_id, postcode)
);
CREATE INDEX employer_location_postcode ON employer_location (postcode);

CREATE TABLE employer_network (
    employer_id   UUID         NOT NULL REFERENCES employer (id),
    network       VARCHAR(100) NOT NULL,
    PRIMARY KEY (employer_id, network)
);
CREATE INDEX employer_network_network ON employer_network (network);

CREATE TABLE employer_contact_moment (
    id               UUID         PRIMARY KEY,
    tenant           VARCHAR(64)  NOT NULL,
    employer_id      UUID         NOT NULL REFERENCES employer (id),
    contacted_on     DATE         NOT NULL,
    account_manager  VARCHAR(100) NOT NULL,
    subject          VARCHAR(500) NOT NULL,
    next_step        VARCHAR(500),
    recorded_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX employer_contact_moment_employer ON employer_contact_moment (employer_id, contacted_on);

CREATE TABLE employer_agreement (
    id             UUID         PRIMARY KEY,
    tenant         VARCHAR(64)  NOT NULL,
    employer_id    UUID         NOT NULL REFERENCES employer (id),
    description    VARCHAR(500) NOT NULL,
    per_year       INT          NOT NULL CHECK (per_year > 0),
    year           INT          NOT NULL,
    realised       INT          NOT NULL DEFAULT 0 CHECK (realised >= 0),
    created_at     TIMESTAMPTZ  NOT NULL,
    created_by     VARCHAR(100) NOT NULL
);
CREATE INDEX employer_agreement_employer ON employer_agreement (employer_id);

-- Vacancies and places: draft -> published -> closed.
CREATE TABLE vacancy (
    id                        UUID         PRIMARY KEY,
    tenant                    VARCHAR(64)  NOT NULL,
    employer_id               UUID         NOT NULL REFERENCES employer (id),
    status                    VARCHAR(16)  NOT NULL,
    close_reason              VARCHAR(16),
    details                   JSONB        NOT NULL,  -- what the employer describes; see VacancyDetails
    published_on              DATE,
    closed_on                 DATE,
    end_date                  DATE,                   -- copied from details: the expiry sweep's index
    created_at                TIMESTAMPTZ  NOT NULL,
    created_by                VARCHAR(100) NOT NULL,
    version                   INT          NOT NULL DEFAULT 0
);
CREATE INDEX vacancy_tenant_employer ON vacancy (tenant, employer_id, status);
CREATE INDEX vacancy_expiry ON vacancy (status, end_date);

-- SROI valuation rulesets (bouwblokkentabellen): data, versioned per code; a version is never changed.
CREATE TABLE sroi_ruleset (
    tenant         VARCHAR(64)  NOT NULL,
    code           VARCHAR(64)  NOT NULL,
    version        INT          NOT NULL,
    region         VARCHAR(100) NOT NULL,
    definition     JSONB        NOT NULL,
    published_at   TIMESTAMPTZ  NOT NULL,
    published_by   VARCHAR(100) NOT NULL,
    PRIMARY KEY (tenant, code, version)
);

CREATE TABLE sroi_contract (
    id                      UUID         PRIMARY KEY,
    tenant                  VARCHAR(64)  NOT NULL,
    contractor_employer_id  UUID         NOT NULL REFERENCES employer (id),
    contracting_authority   VARCHAR(200) NOT NULL,
    tender_reference        VARCHAR(100) NOT NULL,
    contract_sum_cents      BIGINT       NOT NULL CHECK (contract_sum_cents > 0),
    sroi_basis_points       INT          NOT NULL CHECK (sroi_basis_points > 0),
    obligation_cents        BIGINT       NOT NULL CHECK (obligation_cents >= 0),
    starts_on               DATE         NOT NULL,
    ends_on                 DATE         NOT NULL CHECK (ends_on >= starts_on),
    ruleset_code            VARCHAR(64)  NOT NULL,
    ruleset_version         INT,         -- frozen when signed
    status                  VARCHAR(16)  NOT NULL,
    signed_at               TIMESTAMPTZ,
    signed_by               VARCHAR(100),
    created_at              TIMESTAMPTZ  NOT NULL,
    created_by              VARCHAR(100) NOT NULL,
    CONSTRAINT sroi_contract_tender UNIQUE (tenant, tender_reference)
);
CREATE INDEX sroi_contract_contractor ON sroi_contract (tenant, contractor_employer_id, status);

-- Placements as matching-service reports them. A PlacementEnded that arrives before its ClientPlaced
-- leaves a row with only ended_on; the ClientPlaced fills in the rest.
CREATE TABLE placement (
    placement_id     UUID         PRIMARY KEY,
    tenant           VARCHAR(64)  NOT NULL,
    employer_id      UUID         NOT NULL,
    client_id        UUID         NOT NULL,
    hours_per_week   INT,
    target_group     VARCHAR(32),
    aged_55_or_over  BOOLEAN,
    placed_on        DATE,
    ended_on         DATE,
    placed_event_id  UUID
);
CREATE INDEX placement_employer ON placement (tenant, employer_id);

CREATE TABLE sroi_manual_entry (
    id                   UUID         PRIMARY KEY,
    tenant               VARCHAR(64)  NOT NULL,
    contract_id          UUID         NOT NULL REFERENCES sroi_contract (id),
    kind                 VARCHAR(32)  NOT NULL,
    period               VARCHAR(7)   NOT NULL,
    quantity             BIGINT       NOT NULL CHECK (quantity > 0),  -- months, courses, or purchase cents
    evidence_reference   VARCHAR(200) NOT NULL,
    note                 VARCHAR(1000),
    status               VARCHAR(16)  NOT NULL,
    requested_by         VARCHAR(100) NOT NULL,
    requested_at         TIMESTAMPTZ  NOT NULL,
    decided_by           VARCHAR(100),
    decided_at           TIMESTAMPTZ
);
CREATE INDEX sroi_manual_entry_contract ON sroi_manual_entry (contract_id, status);

-- The ledger: one row per credit. A placement earns at most one row per contract and month.
CREATE TABLE sroi_ledger_entry (
    id                UUID         PRIMARY KEY,
    tenant            VARCHAR(64)  NOT NULL,
    contract_id       UUID         NOT NULL REFERENCES sroi_contract (id),
    employer_id       UUID         NOT NULL,
    period            VARCHAR(7)   NOT NULL,
    amount_cents      BIGINT       NOT NULL CHECK (amount_cents >= 0),
    rule              VARCHAR(64)  NOT NULL,
    calculation       VARCHAR(300) NOT NULL,
    placement_id      UUID,
    client_id         UUID,
    source_event_id   UUID,
    manual_entry_id   UUID         REFERENCES sroi_manual_entry (id),
    approved_by       VARCHAR(100),
    ruleset_code      VARCHAR(64)  NOT NULL,
    ruleset_version   INT          NOT NULL,
    credited_at       TIMESTAMPTZ  NOT NULL,
    CONSTRAINT sroi_ledger_placement_month UNIQUE (contract_id, placement_id, period),
    CONSTRAINT sroi_ledger_manual UNIQUE (manual_entry_id)
);
CREATE INDEX sroi_ledger_contract ON sroi_ledger_entry (contract_id, period);
