"""Text to records: spaCy components that find entities and relationships.

Use :func:`extractors.pipeline.extract` (Document in, Extraction out).
"""
