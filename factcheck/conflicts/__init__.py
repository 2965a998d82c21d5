"""Cross-source conflict detection: pure comparison rules and the index-backed service."""
