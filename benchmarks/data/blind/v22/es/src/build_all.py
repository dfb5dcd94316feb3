"""Regenerate every jsonl file of the set: python3 src/build_all.py"""
import os, runpy
HERE = os.path.dirname(os.path.abspath(__file__))
runpy.run_path(os.path.join(HERE, "build_conversations.py"), run_name="__main__")
runpy.run_path(os.path.join(HERE, "build_labels.py"), run_name="__main__")
