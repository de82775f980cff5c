-- How many events of each type each tenant produced: the first projection, and the stream's heartbeat.
CREATE TABLE event_tally (
    tenant          VARCHAR(64)  NOT NULL,
    event_type      VARCHAR(200) NOT NULL,
    event_count     BIGINT       NOT NULL,
    last_event_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (tenant, event_type)
);
