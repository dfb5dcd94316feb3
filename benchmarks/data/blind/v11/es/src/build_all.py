"""Regenerate every jsonl file: python3 src/build_all.py"""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import build_conversations, build_labels
build_conversations.main()
build_labels.main()
