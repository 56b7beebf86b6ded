"""Names vulture takes for dead code but that are used: read by ``tests/test_no_dead_code.py``.

Each line names what is used and says by whom. Keep it short: a real finding is removed, not
listed here.
"""

# sqlite3's backup progress callback and a context manager's __exit__: the signature is fixed
# by the caller, so the parameters exist even where the body does not read them.
remaining  # noqa: B018, F821  (core/storage/backup.py, Connection.backup(progress=…))
exc  # noqa: B018, F821  (core/storage/store.py, Store.__exit__)
