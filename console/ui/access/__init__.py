"""Who is at the console: sign-in, the lock, the session, the first start, the
database connection."""
