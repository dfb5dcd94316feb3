"""Regenerate profiles.jsonl, conversations.jsonl and labels.jsonl, then run validate.py."""
import os, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import profiles, conversations, labels  # noqa: E402

profiles.main()
conversations.main()
labels.main()
sys.exit(subprocess.call([sys.executable, os.path.join(os.path.dirname(HERE), "validate.py")]))
