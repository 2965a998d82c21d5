"""factcheck: claim extraction and cross-source fact-checking API."""
