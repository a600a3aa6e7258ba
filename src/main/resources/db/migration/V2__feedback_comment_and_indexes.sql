-- A free-text comment on feedback (issue 7 keeps rating, reason and comment), and the indexes the
-- purge job, a conversation's history and the officers' ticket queue read by.

ALTER TABLE feedback ADD COLUMN comment VARCHAR(1000);

CREATE INDEX messages_by_conversation ON messages (conversation_id, created_at);
CREATE INDEX messages_by_time ON messages (created_at);
CREATE INDEX conversations_by_time ON conversations (updated_at);
CREATE INDEX feedback_by_time ON feedback (created_at);
CREATE INDEX tickets_by_status ON tickets (status, created_at);
