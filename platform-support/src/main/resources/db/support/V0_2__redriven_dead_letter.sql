-- Dead letters an organisation's admin sent back to their source topic (DeadLetterQueue): each at most once,
-- and who did it when. Holds positions and ids only, never the event.
CREATE TABLE redriven_dead_letter (
    dlq_topic     VARCHAR(200) NOT NULL,
    dlq_partition INT          NOT NULL,
    dlq_offset    BIGINT       NOT NULL,
    tenant        VARCHAR(64)  NOT NULL,
    event_id      VARCHAR(100),
    redriven_by   VARCHAR(200) NOT NULL,
    redriven_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (dlq_topic, dlq_partition, dlq_offset)
);
