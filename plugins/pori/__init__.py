"""A Tiski agency plugin (the folder is a package so import-linter can check its imports)."""
