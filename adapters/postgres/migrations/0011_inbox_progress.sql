-- Issue 12: a message answered by the model runs its tools in units of work of their own, each
-- committed with how far the answer got (application.llm_coach.Conversation.progress), so that no
-- transaction stays open while the model thinks and a retry never runs a tool twice.
ALTER TABLE inbox ADD COLUMN progress text;
