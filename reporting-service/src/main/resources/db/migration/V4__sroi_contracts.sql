-- SroiContractSigned: the obligation a contract's credits count towards, for obligation / realised / remaining.
CREATE TABLE projection.sroi_contract (
    tenant                VARCHAR(64)  NOT NULL,
    contract_id           UUID         NOT NULL,
    employer_id           UUID         NOT NULL,
    contracting_authority VARCHAR(200) NOT NULL,
    tender_reference      VARCHAR(100) NOT NULL,
    obligation_cents      BIGINT       NOT NULL,
    starts_on             DATE         NOT NULL,
    ends_on               DATE         NOT NULL,
    PRIMARY KEY (tenant, contract_id)
);
