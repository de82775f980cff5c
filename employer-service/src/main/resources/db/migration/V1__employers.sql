CREATE TABLE employer (
    id                  UUID PRIMARY KEY,
    tenant              VARCHAR(64)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    kvk_number          VARCHAR(8)   NOT NULL,   -- Chamber of Commerce number: a company's public identity
    postcode_area       VARCHAR(4)   NOT NULL,
    sector              VARCHAR(100),
    created_at          TIMESTAMPTZ  NOT NULL,
    created_by          VARCHAR(100) NOT NULL,
    CONSTRAINT employer_tenant_kvk UNIQUE (tenant, kvk_number)
);
CREATE INDEX employer_tenant_name ON employer (tenant, name);
