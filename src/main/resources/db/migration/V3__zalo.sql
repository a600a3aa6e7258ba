-- The Zalo Official Account channel (issue 8). zalo_events: one row per webhook event Zalo delivered,
-- keyed by its message id, so a delivery Zalo retries (even after a restart) is recognised and not
-- answered twice; its status says what became of it. zalo_tokens: the OA's one token pair. Zalo's
-- refresh token is single-use and rotates on every refresh, so this row is the only copy that counts.

CREATE TABLE zalo_events (
    event_key   VARCHAR(160) PRIMARY KEY,
    user_id     VARCHAR(64)  NOT NULL,
    event_name  VARCHAR(64)  NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    detail      VARCHAR(200),
    received_at BIGINT       NOT NULL,
    updated_at  BIGINT       NOT NULL
);

CREATE INDEX zalo_events_by_time ON zalo_events (received_at);

CREATE TABLE zalo_tokens (
    id            VARCHAR(16) PRIMARY KEY,
    access_token  TEXT,
    refresh_token TEXT        NOT NULL,
    expires_at    BIGINT      NOT NULL,
    updated_at    BIGINT      NOT NULL
);
