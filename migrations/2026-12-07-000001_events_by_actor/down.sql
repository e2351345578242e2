DROP INDEX workflow_events_by_actor;
