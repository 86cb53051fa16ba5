"""The shared office archive on PostgreSQL: store and search behind the same interfaces as the desktop.

``connection`` opens a server from its address and says which role the user has, ``schema`` holds
the migrations, ``store.ServerStore`` keeps articles, extraction, officials and statistics,
``search.ServerSearch`` is the search backend (``core.backend.SearchBackend``): our analyzer's
terms stored as a ``tsvector`` with positions (GIN-indexed), the query tree of ``core.querytree``
compiled to a ``tsquery`` by ``tsquery``. Only this package imports psycopg.
"""
