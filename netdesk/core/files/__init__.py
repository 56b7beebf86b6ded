"""Files on disk that are not the database: where things live, private writing, safe reading."""
