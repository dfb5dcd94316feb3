"""The offline coach's understanding of free text in Spanish and English (no model needed)."""
