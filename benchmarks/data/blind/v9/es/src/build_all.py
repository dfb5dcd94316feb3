"""Regenerate every jsonl file of the set."""
import build_conversations, build_labels

build_conversations.main()
build_labels.main()
