"""The relevance set of search by meaning (see evaluate.py)."""
