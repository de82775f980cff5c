-- ProgrammePublished's price (plannedCostEur, per trajectory or per month begun) for the money KPI.
ALTER TABLE projection.programme
    ADD COLUMN price_cents BIGINT,
    ADD COLUMN price_unit  VARCHAR(16) NOT NULL DEFAULT 'PER_TRAJECTORY';
