"""Load: plan the work, run it in workers, map documents to rows and write them in batches.

Nothing is imported here, so that a reload of unchanged files (``unchanged``) can run
without importing SQLAlchemy.
"""
