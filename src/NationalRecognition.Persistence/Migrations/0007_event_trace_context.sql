-- Observability (issue [11], ADR 0010): each event keeps the W3C trace context (traceparent) of the request that
-- wrote it, in the same statement as the event, so that the projector's batch span can link back to that request's
-- trace. NULL for events written before this column existed, or outside any trace; readers never depend on it.
ALTER TABLE recognition_events ADD COLUMN IF NOT EXISTS trace_parent text NULL;
