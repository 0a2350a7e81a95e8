"""sco-etl: news coverage of the Shanghai Cooperation Organisation, as a queryable database."""

__version__ = "0.1.0"
