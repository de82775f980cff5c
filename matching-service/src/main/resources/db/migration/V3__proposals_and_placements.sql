-- The age band of ClientAdmitted: what an employer's anonymous profile and SROI crediting (55+) need, no birth date.
ALTER TABLE candidate_profile ADD COLUMN age_band VARCHAR(16);

-- One candidate proposed for one vacancy, through consent, the employer's answer, a trial placement and the placement.
CREATE TABLE proposal (
    id                     UUID PRIMARY KEY,
    tenant                 VARCHAR(64)  NOT NULL,
    vacancy_id             UUID         NOT NULL,
    employer_id            UUID         NOT NULL,
    client_id              UUID         NOT NULL,
    stage                  VARCHAR(24)  NOT NULL,
    note                   VARCHAR(2000),
    proposed_by            VARCHAR(200) NOT NULL,
    proposed_at            TIMESTAMPTZ  NOT NULL,
    consented_on           DATE,
    consent_recorded_by    VARCHAR(200),
    consent_recorded_at    TIMESTAMPTZ,
    employer_responded_at  TIMESTAMPTZ,
    rejection_reason       VARCHAR(24),
    rejection_note         VARCHAR(2000),
    trial_placement_id     UUID,
    trial_starts_on        DATE,
    trial_planned_end_on   DATE,
    trial_outcome          VARCHAR(16),
    trial_evaluated_on     DATE,
    trial_evaluation       VARCHAR(2000),
    placement_id           UUID,
    contract_type          VARCHAR(24),
    hours_per_week         INT,
    placed_on              DATE,
    contract_ends_on       DATE,
    placement_ended_on     DATE,
    placement_end_reason   VARCHAR(32),
    updated_at             TIMESTAMPTZ  NOT NULL,
    version                BIGINT       NOT NULL
);
CREATE INDEX proposal_vacancy ON proposal (tenant, vacancy_id);
CREATE INDEX proposal_employer ON proposal (tenant, employer_id);
CREATE INDEX proposal_proposer ON proposal (tenant, proposed_by);
-- A candidate is proposed for a vacancy once at a time: a new proposal only after the last one ended.
CREATE UNIQUE INDEX proposal_open_once ON proposal (vacancy_id, client_id)
    WHERE stage NOT IN ('REJECTED', 'WITHDRAWN', 'TRIAL_ENDED', 'PLACEMENT_ENDED');
