-- Shared by every service (location db/support): the transactional outbox and the processed-event log.

CREATE TABLE outbox_event (
    id          BIGSERIAL PRIMARY KEY,          -- publication order; the relay sends in this order
    event_id    UUID         NOT NULL UNIQUE,
    topic       VARCHAR(200) NOT NULL,
    event_key   VARCHAR(200) NOT NULL,          -- the envelope subject; keeps one aggregate's events in one partition
    event_type  VARCHAR(200) NOT NULL,
    tenant      VARCHAR(64)  NOT NULL,
    payload     TEXT         NOT NULL,          -- the serialised envelope, exactly as it goes on the wire
    created_at  TIMESTAMPTZ  NOT NULL,
    sent_at     TIMESTAMPTZ,
    attempts    INT          NOT NULL DEFAULT 0,
    last_error  VARCHAR(500)
);
-- The relay only ever looks for what is still to be sent.
CREATE INDEX outbox_event_unsent ON outbox_event (id) WHERE sent_at IS NULL;

CREATE TABLE processed_event (
    consumer     VARCHAR(100) NOT NULL,
    event_id     UUID         NOT NULL,
    event_type   VARCHAR(200) NOT NULL,
    processed_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
