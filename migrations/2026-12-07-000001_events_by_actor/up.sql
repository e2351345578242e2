-- The daily registration quota counts an account's "submitted" events of the last 24 hours.
CREATE INDEX workflow_events_by_actor ON workflow_events (actor_id, event, created_at);
