"""Regenerates profiles.jsonl, conversations.jsonl and labels.jsonl, then runs validate.py."""
import os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
for script in ("build_conversations.py", "labels.py"):
    subprocess.run([sys.executable, os.path.join(HERE, script)], check=True)
sys.exit(subprocess.run([sys.executable, os.path.join(ROOT, "validate.py")]).returncode)
