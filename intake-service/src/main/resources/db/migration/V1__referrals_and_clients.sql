-- Clients hold the only link between the pseudonymous client id and a person.
CREATE TABLE client (
    id              UUID PRIMARY KEY,                 -- the pseudonymous id used in every event
    tenant          VARCHAR(64)  NOT NULL,
    bsn_hash        VARCHAR(64)  NOT NULL,            -- keyed HMAC-SHA256, hex: finds a client without decrypting
    bsn_encrypted   VARCHAR(200) NOT NULL,            -- "<key id>:<base64 iv+ciphertext>", AES-GCM
    given_names     VARCHAR(200) NOT NULL,
    family_name     VARCHAR(200) NOT NULL,
    date_of_birth   DATE         NOT NULL,
    phone           VARCHAR(40),
    email           VARCHAR(254),
    postcode        VARCHAR(7),
    created_at      TIMESTAMPTZ  NOT NULL,
    CONSTRAINT client_tenant_bsn UNIQUE (tenant, bsn_hash)
);

CREATE TABLE referral (
    id                      UUID PRIMARY KEY,
    tenant                  VARCHAR(64)  NOT NULL,
    client_id               UUID         NOT NULL REFERENCES client (id),
    municipality_code       VARCHAR(6)   NOT NULL,
    municipality_reference  VARCHAR(64)  NOT NULL,
    idempotency_key         VARCHAR(128),
    request_fingerprint     VARCHAR(64)  NOT NULL,    -- SHA-256 of the request: tells a repeat from a conflict
    target_group            VARCHAR(32)  NOT NULL,
    benefit_situation       VARCHAR(32)  NOT NULL,
    question                VARCHAR(2000),
    indicated_programme_id  UUID,
    status                  VARCHAR(32)  NOT NULL,
    status_reason           VARCHAR(64),
    programme_id            UUID,
    received_at             TIMESTAMPTZ  NOT NULL,
    status_changed_at       TIMESTAMPTZ  NOT NULL,
    CONSTRAINT referral_municipal_reference UNIQUE (tenant, municipality_code, municipality_reference),
    CONSTRAINT referral_idempotency_key UNIQUE (tenant, municipality_code, idempotency_key)
);
CREATE INDEX referral_tenant_status ON referral (tenant, status, received_at);
CREATE INDEX referral_client ON referral (client_id);

CREATE TABLE benefit_resumption (
    id                 UUID PRIMARY KEY,
    tenant             VARCHAR(64) NOT NULL,
    client_id          UUID        NOT NULL REFERENCES client (id),
    municipality_code  VARCHAR(6)  NOT NULL,
    resumed_on         DATE        NOT NULL,
    reported_at        TIMESTAMPTZ NOT NULL,
    CONSTRAINT benefit_resumption_once UNIQUE (client_id, resumed_on)
);
