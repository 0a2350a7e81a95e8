"""Ingest: finding the inputs a load names, decoding their bytes and reading each format into documents."""
