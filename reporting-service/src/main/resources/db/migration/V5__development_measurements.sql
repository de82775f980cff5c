-- DevelopmentMeasured: one value per measurement (ladder step, ZRM average or wage value), for the development KPI.
-- Never on the BI stream; the ZRM per life domain never reaches this service.
CREATE TABLE projection.development_measurement (
    tenant            VARCHAR(64)  NOT NULL,
    measurement_id    UUID         NOT NULL,
    client_id         UUID         NOT NULL,
    measured_on       DATE         NOT NULL,
    ladder_step       INTEGER,
    zrm_average       NUMERIC(2, 1),
    wage_value        INTEGER,
    PRIMARY KEY (tenant, measurement_id)
);
CREATE INDEX development_measurement_client ON projection.development_measurement (tenant, client_id);
